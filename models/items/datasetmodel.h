#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>

#include <memory>

namespace pe {

// Common ground of the dataset's table models: owns a shared, read-only dataset, knows the
// language dataset text is shown in, and re-emits its headers when the UI language changes.
class DatasetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DatasetModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    const Dataset *dataset() const { return m_dataset.get(); }

    // en, fr, ru; Kazakh and Belarusian readers see Russian, then English.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The interface language changed, and dataLanguage goes with it: headers and labels
    // (categories, periods…) come from tr(), so every cell and header is announced as
    // changed, once, whether or not the dataset language changed too.
    void retranslate(const QString &dataLanguage);

    // Row of the record with this id, or -1.
    int rowOfId(const QString &id) const;

protected:
    virtual int recordCount() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant recordData(int row, int column, int role) const = 0;
    // How a column's cells and its header are aligned (figures to the right); none: the view's.
    virtual Qt::Alignment columnAlignment(int) const { return {}; }

    QString text(const LocalizedText &t) const { return t.text(m_language); }
    QVariant alignmentOf(int column) const;
    QString placeNames(const QStringList &ids) const;
    // Every name of the places, current and former, in every language: "Tselinograd" and
    // "Астана" both find a record in Astana.
    QString placesSearchText(const QStringList &ids) const;
    QString sourceLabel(const QStringList &ids) const;
    bool allSupplementary(const QStringList &sourceIds) const;
    QString joined(const QList<LocalizedText> &texts) const;

private:
    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    mutable QHash<QString, int> m_rowOfId;
};

} // namespace pe
