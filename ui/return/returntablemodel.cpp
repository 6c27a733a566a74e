#include "return/returntablemodel.h"

#include "exchange/numberparser.h"
#include "session/session.h"
#include "target/targetparser.h"
#include "workflow/valueworkflow.h"

#include <QElapsedTimer>
#include <QUndoStack>

namespace {
QString number(std::optional<double> v)
{
    return v ? NumberParser::format(*v, 6) : QString();
}
} // namespace

ReturnTableModel::ReturnTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_user(session->user().value_or(User()))
{
}

void ReturnTableModel::load(int year)
{
    beginResetModel();
    // What was typed and is not stored (a save refused because someone else changed
    // the value meanwhile, or cut by a dropped connection) stays through a reload,
    // and through a change of year: it is back when that year is shown again.
    {
        QHash<QString, ReturnRow> &kept = m_unsaved[m_year];
        kept.clear();
        for (const ReturnRow &r : qAsConst(m_rows)) {
            if (!r.heading && r.save != ReturnRow::Save::Clean)
                kept.insert(r.indicator.code, r);
        }
        if (kept.isEmpty())
            m_unsaved.remove(m_year);
    }
    const QHash<QString, ReturnRow> unsaved = m_unsaved.take(year);
    m_year = year;
    m_rows.clear();
    m_rowOf.clear();
    m_checker = m_session->returnChecker();

    // One query for every value; the table needs the year and the three before it.
    QHash<QString, QMap<int, ValueRecord>> byCode;
    for (const ValueRecord &r : m_session->districtValues())
        byCode[r.indicatorCode].insert(r.year, r);

    const QVector<Indicator> indicators = m_session->returns().indicatorsFor(m_user);
    QVector<ReturnRow> cooperating;
    QString category;
    for (const Indicator &ind : indicators) {
        ReturnRow row;
        row.indicator = ind;
        row.ruleText = TargetParser::parse(ind.targetText).describe(ind.params, ind.measureUnit);
        row.leads = ValueWorkflow::leads(m_user, ind);
        row.past = byCode.value(ind.code);
        if (row.past.contains(year)) {
            const ValueRecord stored = row.past.take(year);
            // Another unit's draft is its own business until submitted.
            if (row.leads || stored.state != ValueState::Draft)
                row.stored = stored;
        }
        fillFromStored(row);
        if (!row.leads) {
            cooperating.append(row);
            continue;
        }
        if (ind.category != category) {
            category = ind.category;
            ReturnRow heading;
            heading.heading = true;
            heading.title = category;
            m_rows.append(heading);
        }
        m_rows.append(row);
    }
    // Co-operating indicators go last, so that a pasted column of the unit's own
    // return lines up with the unit's rows.
    if (!cooperating.isEmpty()) {
        ReturnRow heading;
        heading.heading = true;
        heading.title = tr("Co-operating with other units (read-only)");
        m_rows.append(heading);
        m_rows += cooperating;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).heading) {
            keepTyped(m_rows[i], unsaved.value(m_rows.at(i).indicator.code));
            m_rowOf.insert(m_rows.at(i).indicator.code, i);
            recheck(m_rows[i]);
        }
    }
    endResetModel();
}

void ReturnTableModel::keepTyped(ReturnRow &row, const ReturnRow &typed)
{
    if (typed.heading || typed.indicator.code != row.indicator.code)
        return;
    row.value = typed.value;
    row.numerator = typed.numerator;
    row.denominator = typed.denominator;
    row.source = typed.source;
    row.note = typed.note;
    row.save = typed.save;
    row.saveError = typed.saveError;
}

void ReturnTableModel::fillFromStored(ReturnRow &row) const
{
    const std::optional<ValueRecord> &s = row.stored;
    row.value = s ? number(s->value) : QString();
    row.numerator = s ? number(s->numerator) : QString();
    row.denominator = s ? number(s->denominator) : QString();
    row.source = s ? s->source : QString();
    row.note = s ? s->note : QString();
    row.save = ReturnRow::Save::Clean;
    row.saveError.clear();
}

void ReturnTableModel::recheck(ReturnRow &row) const
{
    if (row.heading)
        return;
    EntryValidator::Input input{row.value, row.numerator, row.denominator, row.note, row.source};
    row.check = m_checker.check(row.indicator, m_year, input, &row.live);
    classify(row);
}

const ReturnRow *ReturnTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool ReturnTableModel::isEditableColumn(int column)
{
    return column == ValueColumn || column == NumeratorColumn || column == DenominatorColumn || column == SourceColumn
        || column == NoteColumn;
}

bool ReturnTableModel::isEditable(const QModelIndex &index) const
{
    const ReturnRow *row = rowAt(index.row());
    if (!row || !row->editable() || !isEditableColumn(index.column()))
        return false;
    if (index.column() == NumeratorColumn || index.column() == DenominatorColumn)
        return row->indicator.isRate();
    return true;
}

QString *ReturnTableModel::field(ReturnRow &row, int column) const
{
    switch (column) {
    case ValueColumn:
        return &row.value;
    case NumeratorColumn:
        return &row.numerator;
    case DenominatorColumn:
        return &row.denominator;
    case SourceColumn:
        return &row.source;
    case NoteColumn:
        return &row.note;
    }
    return nullptr;
}

QString ReturnTableModel::text(int row, int column) const
{
    const ReturnRow *r = rowAt(row);
    if (!r)
        return QString();
    QString *f = field(const_cast<ReturnRow &>(*r), column);
    return f ? *f : display(*r, column).toString();
}

bool ReturnTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable(index))
        return false;
    editCells({CellEdit{m_rows.at(index.row()).indicator.code, index.column(), QString(), value.toString()}},
              tr("Edit %1").arg(m_rows.at(index.row()).indicator.code));
    return true;
}

void ReturnTableModel::editCells(QVector<CellEdit> edits, const QString &label)
{
    QVector<CellEdit> changes;
    for (CellEdit &e : edits) {
        const int r = rowOfCode(e.code);
        if (!isEditable(index(r, e.column)))
            continue;
        e.oldText = text(r, e.column);
        if (e.oldText != e.newText)
            changes.append(e);
    }
    if (changes.isEmpty())
        return;
    if (m_undo)
        m_undo->push(new ReturnEditCommand(this, changes, label));
    else
        applyEdits(changes, true);
}

void ReturnTableModel::applyEdits(const QVector<CellEdit> &edits, bool forward)
{
    QVector<int> touched;
    for (int i = 0; i < edits.size(); ++i) {
        // Undo walks back so that two edits of one cell end on the first old text.
        const CellEdit &e = forward ? edits.at(i) : edits.at(edits.size() - 1 - i);
        const int r = rowOfCode(e.code);
        // A value submitted since the edit was made is not changed by undo or redo.
        if (!isEditable(index(r, e.column)))
            continue;
        *field(m_rows[r], e.column) = forward ? e.newText : e.oldText;
        if (!touched.contains(r))
            touched.append(r);
    }
    for (int r : touched) {
        recheck(m_rows[r]);
        m_rows[r].save = ReturnRow::Save::Pending;
        m_rows[r].saveError.clear();
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    if (!touched.isEmpty())
        emit edited();
}

EntryCheck ReturnTableModel::checkCandidate(const QModelIndex &index, const QString &text) const
{
    const ReturnRow *r = rowAt(index.row());
    if (!r || r->heading)
        return EntryCheck();
    ReturnRow row = *r;
    if (QString *f = field(row, index.column()))
        *f = text;
    recheck(row);
    return row.check;
}

bool ReturnTableModel::saveRow(ReturnRow &row)
{
    if (row.check.hasErrors()) {
        row.save = ReturnRow::Save::Blocked;
        row.saveError = row.check.errors.join(QLatin1Char('\n'));
        classify(row);
        return false;
    }
    QString error;
    EntryValidator::Input input{row.value, row.numerator, row.denominator, row.note, row.source};
    m_saving = true;
    // The version this edit began from: a save over someone else's change made since
    // is refused (the typed text stays, the stored value is read again, so editing
    // once more saves over it knowingly).
    const int startedFrom = row.stored ? row.stored->version : 0;
    const bool saved = m_session->returns().saveDraft(m_user, row.indicator, m_year, input, row.source, &error,
                                                      startedFrom);
    m_saving = false;
    if (!saved && m_session->checkConnection() != Session::Link::Alive) {
        // The server dropped the connection under the save: it was not stored, and
        // the row stays pending, so the page saves it again when the server answers.
        row.save = ReturnRow::Save::Pending;
        row.saveError = tr("Not saved: the connection to the server was lost. It is saved again as soon as the "
                           "server answers. (%1)")
                            .arg(error);
        classify(row);
        return false;
    }
    if (!saved) {
        row.stored = m_session->districtValue(row.indicator.code, m_year);
        row.save = ReturnRow::Save::Blocked;
        row.saveError = error;
        classify(row);
        return false;
    }
    row.stored = m_session->districtValue(row.indicator.code, m_year);
    m_checker.setValue(row.indicator.code, m_year,
                       row.stored ? std::optional<double>(row.stored->value) : std::nullopt);
    row.save = ReturnRow::Save::Clean;
    row.saveError.clear();
    classify(row);
    return true;
}

bool ReturnTableModel::saveSome(int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    QStringList done;
    bool more = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        ReturnRow &row = m_rows[r];
        if (row.save != ReturnRow::Save::Pending)
            continue;
        // One draft is one small transaction; stop between rows so that saving a
        // large paste never holds the UI thread for long.
        if (budgetMs >= 0 && clock.elapsed() >= budgetMs) {
            more = true;
            break;
        }
        if (saveRow(row))
            done << row.indicator.code;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    if (!done.isEmpty()) {
        m_lastSaved = QDateTime::currentDateTime();
        emit saved(done);
    }
    return more;
}

void ReturnTableModel::saveAll()
{
    saveSome(-1);
}

int ReturnTableModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ReturnRow &r) { return r.save == ReturnRow::Save::Pending; }));
}

int ReturnTableModel::unsavedCount() const
{
    int n = pendingCount() + blockedCount();
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it) {
        if (it.key() != m_year)
            n += int(it.value().size());
    }
    return n;
}

int ReturnTableModel::blockedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ReturnRow &r) { return r.save == ReturnRow::Save::Blocked; }));
}

ReturnTableModel::Counts ReturnTableModel::counts() const
{
    Counts c;
    for (const ReturnRow &r : m_rows) {
        if (r.heading || !r.leads)
            continue;
        if (!r.stored) {
            ++c.empty;
            continue;
        }
        switch (r.stored->state) {
        case ValueState::Draft:
            ++c.draft;
            break;
        case ValueState::Submitted:
            ++c.submitted;
            break;
        case ValueState::Returned:
            ++c.returned;
            break;
        case ValueState::Approved:
            ++c.approved;
            break;
        }
    }
    return c;
}

void ReturnTableModel::refresh(const QStringList &codes)
{
    for (const QString &code : codes) {
        const int r = rowOfCode(code);
        if (r < 0)
            continue;
        const ReturnRow typed = m_rows.at(r);
        m_rows[r].stored = m_session->districtValue(code, m_year);
        fillFromStored(m_rows[r]);
        if (typed.save != ReturnRow::Save::Clean)
            keepTyped(m_rows[r], typed);
        recheck(m_rows[r]);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int ReturnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ReturnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReturnTableModel::flags(const QModelIndex &index) const
{
    const ReturnRow *row = rowAt(index.row());
    if (!row)
        return Qt::NoItemFlags;
    if (row->heading)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index))
        f |= Qt::ItemIsEditable;
    return f;
}
