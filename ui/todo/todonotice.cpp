#include "todo/todonotice.h"

#include "widgets/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TodoNotice::TodoNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_show(new QPushButton(tr("Show &to-do")))
    , m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("todoNotice"));
    m_show->setObjectName(QStringLiteral("todoNoticeShow"));
    m_close->setObjectName(QStringLiteral("todoNoticeClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Palette::screen(Palette::InfoBackground));
    p.setColor(QPalette::WindowText, Palette::screen(Palette::Text));
    setPalette(p);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_close);
    connect(m_show, &QPushButton::clicked, this, [this] {
        hide();
        emit showRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void TodoNotice::showText(const QString &text)
{
    m_text->setText(text);
    show();
}

QString TodoNotice::text() const
{
    return m_text->text();
}
