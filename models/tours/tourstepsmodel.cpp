#include "models/tours/tourstepsmodel.h"

namespace pe {

namespace {

// The list shows a step by the start of its caption: the sentence a lecturer recognises.
QString firstSentence(const QString &caption)
{
    constexpr int longest = 80;
    const int stop = caption.indexOf(QLatin1String(". "));
    QString sentence = stop > 0 ? caption.left(stop + 1) : caption;
    if (sentence.size() > longest)
        sentence = sentence.left(longest - 1).trimmed() + QChar(0x2026);
    return sentence;
}

} // namespace

TourStepsModel::TourStepsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TourStepsModel::setTour(const Tour &tour)
{
    beginResetModel();
    m_tour = tour;
    endResetModel();
    setModified(false);
}

void TourStepsModel::setTitle(const QString &title)
{
    if (textIn(m_tour.title) == title)
        return;
    textIn(m_tour.title) = title;
    setModified(true);
}

QString TourStepsModel::title() const
{
    return m_tour.title.text(m_language);
}

void TourStepsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_tour.steps.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TourStepsModel::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

QString &TourStepsModel::textIn(LocalizedText &text) const
{
    if (m_language == QLatin1String("fr"))
        return text.fr;
    if (m_language == QLatin1String("ru"))
        return text.ru;
    return text.en;
}

void TourStepsModel::insertStep(int row, const TourStep &step)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows(QModelIndex(), row, row);
    m_tour.steps.insert(row, step);
    endInsertRows();
    setModified(true);
}

int TourStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tour.steps.size());
}

QVariant TourStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TourStep &step = m_tour.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // No number in front: a table's row header numbers the steps, and stays right as
        // they move.
        return firstSentence(step.caption.text(m_language));
    case Qt::ToolTipRole: // the whole caption the list cuts
    case Qt::EditRole:
    case CaptionRole:
        return step.caption.text(m_language);
    case NotesRole:
        return step.notes.text(m_language);
    case ViewRole:
        return step.view;
    default:
        return {};
    }
}

bool TourStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TourStep &step = m_tour.steps[index.row()];
    LocalizedText *text = role == Qt::EditRole || role == CaptionRole ? &step.caption
                          : role == NotesRole                         ? &step.notes
                                                                      : nullptr;
    if (!text)
        return false;
    const QString written = value.toString();
    if (textIn(*text) == written)
        return true;
    textIn(*text) = written;
    emit dataChanged(index, index,
                     role == NotesRole
                         ? QList<int>{NotesRole}
                         : QList<int>{Qt::DisplayRole, Qt::ToolTipRole, Qt::EditRole, CaptionRole});
    setModified(true);
    return true;
}

Qt::ItemFlags TourStepsModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool TourStepsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_tour.steps.remove(row, count);
    endRemoveRows();
    setModified(true);
    return true;
}

bool TourStepsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || sourceRow < 0 || count <= 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(),
                       destinationChild))
        return false; // onto itself
    const QList<TourStep> moved = m_tour.steps.mid(sourceRow, count);
    m_tour.steps.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_tour.steps.insert(to + i, moved.at(i));
    endMoveRows();
    setModified(true);
    return true;
}

} // namespace pe
