#pragma once

#include "model/user.h"

#include <QWidget>

#include <optional>

class CatalogTreeModel;
struct Indicator;
class Session;
class IndicatorDetailPane;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

// The catalog of both plans as a tree, with a search field and the selected
// indicator's details. Keyboard: type in the search field, arrows in the tree.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(Session *session, QWidget *parent = nullptr);

    void reload();
    bool selectIndicator(const QString &code);
    QTreeView *tree() const { return m_tree; }
    IndicatorDetailPane *detail() const { return m_detail; }
    int assessmentYear() const;
    // Shows the edit button when the session's user may edit the catalog
    // (Permissions::EditCatalog); called when someone signs in or out.
    void updateForUser();
    // As the edit dialog's OK does: through the catalog service, which refuses
    // whoever may not edit.
    bool editIndicator(const Indicator &changed, QString *error);

private:
    void showCurrent();
    // showCurrent() when the pane shows another indicator than the current one.
    void followCurrent();
    void editCurrent();

    Session *m_session;
    CatalogTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_year;
    QTreeView *m_tree;
    IndicatorDetailPane *m_detail;
    QPushButton *m_edit;
};
