#pragma once

#include "models/dataset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pe {

// The styles a reader cites in: three for essays and articles, three for reference managers.
enum class CitationStyle { Chicago, Apa, Gost, Bibtex, Ris, CslJson };

// Writes the sources of what a reader cites, in a style, with the chain explicit: an article
// the book quotes is cited as that article (outlet, year, address, its title as the book gives
// it, in the book's translation), "cited in" the book (author, title, place, publisher, year,
// ISBN) with the footnote as the locator; a supplementary page is cited as a web page. The
// book's author is spelt one way, from the dataset's metadata.
class CitationWriter
{
    Q_DECLARE_TR_FUNCTIONS(CitationWriter)

public:
    // locale: the reader's, for the dates the text styles write in prose.
    explicit CitationWriter(const Dataset &dataset, const QLocale &locale = QLocale());

    // chicago, apa, gost, bibtex, ris, csl-json
    static QStringList styleKeys();
    static std::optional<CitationStyle> styleFromKey(const QString &key);
    static bool isMachineStyle(CitationStyle style);

    // Every source's entry, in order, without repeats; a reference manager's file (BibTeX,
    // RIS, CSL-JSON) also holds the book once, which the entries point to. html: the text
    // styles with italics and links, for the clipboard's rich text.
    QString bibliography(const QStringList &sourceIds, CitationStyle style,
                         bool html = false) const;
    // The key the machine styles give the book: "zalesskij2023".
    QString bookKey() const;

private:
    QString textEntry(const Source &source, CitationStyle style, bool html) const;
    QString chicago(const Source &source, bool html) const;
    QString apa(const Source &source, bool html) const;
    QString gost(const Source &source) const;
    QString bibtex(const QList<const Source *> &sources) const;
    QString ris(const QList<const Source *> &sources) const;
    QString cslJson(const QList<const Source *> &sources) const;
    // The cited work's authors, the book's author spelt as the dataset spells him.
    QStringList authorsOf(const Source &source) const;
    QString authorList(const Source &source, const QString &lastSeparator) const;
    QString bookChicago(bool html) const;
    QString bookApa(bool html) const;
    QString bookGost() const;
    // "Title: Subtitle" (GOST parts them with " : ").
    QString bookTitle(const QString &separator) const;
    // "B.": the author's given name as the styles abbreviate it.
    QString authorInitial() const;
    // The day a web page was read, as the reader's language writes a date in prose
    // ("August 30, 2019", "30 августа 2019 г."); empty when the dataset does not say.
    QString accessedInProse(const Source &source) const;
    QString citedInNote(const Source &source) const;

    const Dataset &m_dataset;
    const BookReference &m_book;
    QLocale m_locale;
};

} // namespace pe
