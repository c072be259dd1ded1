#pragma once

#include "models/dataset.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace pe {

class SelectionState;

// Shows whatever is selected anywhere: the record's text in the chosen language, its
// date, places, related records as links that navigate, and its sources with quote and
// address. "Cite" copies a ready citation. It follows the SelectionState (a record, or a
// year on its own) and writes to it when a link or Back is followed.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(SelectionState *selection, QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Redraws the record in the new language: the one refresh of a language switch.
    void setLanguage(const QString &dataLanguage);

    QString currentId() const { return m_id; }
    int currentYear() const { return m_year; }
    QString html() const;
    QString citation() const;
    void setFontScale(qreal scale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followSelection();
    void goBack();
    bool canGoBack() const;
    void refresh();
    void retranslateUi();
    void openLink(const QUrl &url);
    void copyCitation();

    SelectionState *m_selection;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    QString m_id;
    int m_year = 0;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_citeButton = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_backButton = nullptr;
    // The records shown, oldest first; the last one is on screen (or was, before a year).
    QStringList m_history;
};

} // namespace pe
