#pragma once

#include "models/citations/citationwriter.h"
#include "models/dataset.h"
#include "models/state/selectionhistory.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace pe {

class SelectionState;

// Shows whatever is selected anywhere: the record's text in the chosen language, its
// date, places, related records as links that navigate, and its sources with quote and
// address. "Cite" copies or saves a citation in the reader's style. It follows the SelectionState
// (a record, or a year on its own) and writes to it when a link or Back is followed.
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
    // The sources of what the pane shows (a record, or everything a year lists), for the
    // Cite menu: its styles copy them or save them for a reference manager.
    QStringList citedSources() const;
    QMenu *citeMenu() const { return m_citeMenu; }
    void setFontScale(qreal scale);
    // The formatted citation under the record: shown in the window, not on a slide.
    void setCitationShown(bool shown);
    // The style the pane formats the citation in (Chicago, APA or GOST).
    CitationStyle citationStyle() const { return m_citationStyle; }
    void setCitationStyle(CitationStyle style);
    // The record on show is one the filters hide: the pane keeps it, and says so.
    void setHiddenByFilters(bool hidden);
    bool isHiddenByFilters() const { return m_hiddenByFilters; }

    // Back and Forward through the records seen (Alt+Left, Alt+Right), nothing selected (Esc),
    // and the citation copied in the style shown (Ctrl+Alt+C): for the window's menu too.
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *clearAction() const { return m_clear; }
    QAction *copyCitationAction() const { return m_copyCitation; }

signals:
    // The reader followed "clear the filters" in the note of a record the filters hide.
    void clearFiltersRequested();
    // The pointer is over a web link (its address), or left it (an empty string).
    void linkHovered(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followSelection();
    void goBack();
    void goForward();
    void updateActions();
    void refresh();
    void retranslateUi();
    void openLink(const QUrl &url);
    void showLinkAddress(const QUrl &url);
    void copyCitation(CitationStyle style);
    void saveCitation(CitationStyle style);
    void buildCiteMenu();
    QString citationHtml(const QStringList &sources) const;
    QString hiddenNote() const;
    static QString styleName(CitationStyle style);

    SelectionState *m_selection;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    QString m_id;
    int m_year = 0;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_citeButton = nullptr;
    QMenu *m_citeMenu = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_copyCitation = nullptr;
    SelectionHistory m_history;
    bool m_hiddenByFilters = false;
    CitationStyle m_citationStyle = CitationStyle::Chicago;
    bool m_citationShown = true;
    bool m_citationStyleChosen = false;
};

} // namespace pe
