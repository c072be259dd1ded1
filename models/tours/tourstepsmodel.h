#pragma once

#include "models/tours/tour.h"

#include <QAbstractListModel>

namespace pe {

// The steps of a tour being prepared, as a list the editor shows and changes: add, move,
// remove, and the caption and notes in the language being written. The tour's other
// languages are kept as they were. modified() tells whether there is anything to save.
class TourStepsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CaptionRole = Qt::UserRole + 1, // QString, in the editing language
        NotesRole,                      // QString, in the editing language
        ViewRole,                       // QString, the step's view key
    };

    explicit TourStepsModel(QObject *parent = nullptr);

    const Tour &tour() const { return m_tour; }
    void setTour(const Tour &tour);
    void setTitle(const QString &title);
    QString title() const;

    // en, fr or ru: the language captions and notes are read and written in.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    void insertStep(int row, const TourStep &step);
    const TourStep &step(int row) const { return m_tour.steps.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    void modifiedChanged(bool modified);

private:
    QString &textIn(LocalizedText &text) const;

    Tour m_tour;
    QString m_language = QStringLiteral("en");
    bool m_modified = false;
};

} // namespace pe
