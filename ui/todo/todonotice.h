#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The band above the pages after signing in when something waits (待办): what and
// how much, the nearest due date, a button to the to-do page and one to close the
// band. Not a dialog: it blocks nothing and stays until closed or the person signs
// out.
class TodoNotice : public QFrame
{
    Q_OBJECT

public:
    explicit TodoNotice(QWidget *parent = nullptr);

    void showText(const QString &text);
    QString text() const;
    QPushButton *showButton() const { return m_show; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void showRequested();

private:
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_close;
};
