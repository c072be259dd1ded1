#pragma once

#include "models/dataset.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace pe {

// Shows whatever is selected anywhere: the record's text in the chosen language, its
// date, places, related records as links that navigate, and its sources with quote and
// address. "Cite" copies a ready citation.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setLanguage(const QString &dataLanguage);

    void showRecord(const QString &id);
    void showYear(int year);
    void clear();

    QString currentId() const { return m_id; }
    int currentYear() const { return m_year; }
    QString html() const;
    QString citation() const;
    void setFontScale(qreal scale);

signals:
    void recordActivated(const QString &id);
    void yearActivated(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    void openLink(const QUrl &url);
    void copyCitation();

    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    QString m_id;
    int m_year = 0;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_citeButton = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_backButton = nullptr;
    QStringList m_history;
};

} // namespace pe
