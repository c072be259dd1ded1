#include "models/citations/citationwriter.h"

#include "models/localedates.h"

#include <QDate>

#include <nlohmann/json.hpp>

namespace pe {

namespace {

using Json = nlohmann::ordered_json;

struct StyleKey
{
    CitationStyle style;
    const char *key;
};

constexpr StyleKey styleTable[] = {
    {CitationStyle::Chicago, "chicago"}, {CitationStyle::Apa, "apa"},
    {CitationStyle::Gost, "gost"},       {CitationStyle::Bibtex, "bibtex"},
    {CitationStyle::Ris, "ris"},         {CitationStyle::CslJson, "csl-json"},
};

// An address a reader can click: the book prints some without their scheme.
QString link(const QString &url)
{
    if (url.isEmpty() || url.contains(QLatin1String("://")))
        return url;
    return QStringLiteral("http://") + url;
}

QString escaped(const QString &text, bool html)
{
    return html ? text.toHtmlEscaped() : text;
}

QString italic(const QString &text, bool html)
{
    return html ? QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()) : text;
}

QString linked(const QString &url, bool html)
{
    const QString target = link(url);
    return html ? QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(target.toHtmlEscaped(), target.toHtmlEscaped())
                : target;
}

// BibTeX's special characters, escaped; the rest stays UTF-8 (biber and BibTeX 0.99 read it).
QString bibtexValue(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("&%$#_{}").contains(c))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('~'))
            out += QStringLiteral("\\textasciitilde{}");
        else if (c == QLatin1Char('^'))
            out += QStringLiteral("\\textasciicircum{}");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\textbackslash{}");
        else
            out += c;
    }
    return out;
}

// RIS holds one line per tag: a value never breaks its line.
QString risValue(const QString &text)
{
    return text.simplified();
}

// "Dylenok, Y." as its family name and initials.
struct PersonName
{
    QString family;
    QString given;
};

PersonName personName(const QString &author)
{
    return {author.section(QLatin1Char(','), 0, 0).trimmed(),
            author.section(QLatin1Char(','), 1).trimmed()};
}

QDate accessedDate(const Source &source)
{
    return QDate::fromString(source.accessed, Qt::ISODate);
}

} // namespace

QString CitationWriter::accessedInProse(const Source &source) const
{
    const QDate date = accessedDate(source);
    return date.isValid() ? LocaleDates::day(date, m_locale) : QString();
}

CitationWriter::CitationWriter(const Dataset &dataset, const QLocale &locale)
    : m_dataset(dataset)
    , m_book(dataset.metadata.book)
    , m_locale(locale)
{}

QStringList CitationWriter::styleKeys()
{
    QStringList keys;
    for (const StyleKey &entry : styleTable)
        keys.append(QLatin1String(entry.key));
    return keys;
}

std::optional<CitationStyle> CitationWriter::styleFromKey(const QString &key)
{
    for (const StyleKey &entry : styleTable) {
        if (key == QLatin1String(entry.key))
            return entry.style;
    }
    return std::nullopt;
}

bool CitationWriter::isMachineStyle(CitationStyle style)
{
    return style == CitationStyle::Bibtex || style == CitationStyle::Ris ||
           style == CitationStyle::CslJson;
}

QString CitationWriter::bookKey() const
{
    return (m_book.authorFamily.isEmpty() ? QStringLiteral("book")
                                          : m_book.authorFamily.toLower()) +
           QString::number(m_book.year);
}

QString CitationWriter::bibliography(const QStringList &sourceIds, CitationStyle style,
                                     bool html) const
{
    QList<const Source *> sources;
    for (const QString &id : sourceIds) {
        const Source *source = m_dataset.source(id);
        if (source && !sources.contains(source))
            sources.append(source);
    }
    switch (style) {
    case CitationStyle::Bibtex:
        return bibtex(sources);
    case CitationStyle::Ris:
        return ris(sources);
    case CitationStyle::CslJson:
        return cslJson(sources);
    default:
        break;
    }
    QStringList entries;
    for (const Source *source : std::as_const(sources))
        entries.append(textEntry(*source, style, html));
    return entries.join(html ? QStringLiteral("<br>\n") : QStringLiteral("\n"));
}

QString CitationWriter::textEntry(const Source &source, CitationStyle style, bool html) const
{
    switch (style) {
    case CitationStyle::Chicago:
        return chicago(source, html);
    case CitationStyle::Apa:
        return apa(source, html);
    case CitationStyle::Gost:
        return escaped(gost(source), html);
    default:
        return {};
    }
}

// Chicago, notes and bibliography: the bibliography entry, the book as "Quoted in". A work
// with no author printed is entered under its outlet.
QString CitationWriter::chicago(const Source &s, bool html) const
{
    const bool fromBook = s.kind == Source::Kind::Book;
    const QString authors = authorList(s, QStringLiteral(", and "));
    QString entry;
    if (!authors.isEmpty())
        entry += escaped(authors, html) + QStringLiteral(" ");
    else if (!s.outlet.isEmpty())
        entry += escaped(s.outlet, html) + QStringLiteral(". ");
    entry += fromBook ? QStringLiteral("“%1” %2. ")
                            .arg(escaped(s.title, html),
                                 escaped(tr("[title as the book gives it]"), html))
                      : QStringLiteral("“%1.” ").arg(escaped(s.title, html));
    if (!authors.isEmpty() && !s.outlet.isEmpty())
        entry += escaped(s.outlet, html) + (s.year ? QStringLiteral(", ") : QStringLiteral(". "));
    if (s.year)
        entry += QString::number(s.year) + QStringLiteral(". ");
    if (const QString accessed = accessedInProse(s); !accessed.isEmpty())
        entry += escaped(tr("Accessed %1.").arg(accessed), html) + QLatin1Char(' ');
    // No full stop glued to an address: it would be copied with it.
    if (!s.url.isEmpty())
        entry += linked(s.url, html) + QLatin1Char(' ');
    if (fromBook)
        entry += tr("Quoted in %1, note %2.").arg(bookChicago(html)).arg(s.footnote);
    else
        entry += escaped(tr("Supplementary source, not from the book."), html);
    return entry.trimmed();
}

QStringList CitationWriter::authorsOf(const Source &source) const
{
    QStringList names;
    for (const QString &author : source.authors)
        names.append(m_book.spelling(author));
    return names;
}

// "Dylenok, Y." or "Dylenok, Y., and Sidorchik, V."; ends with a full stop once.
QString CitationWriter::authorList(const Source &source, const QString &lastSeparator) const
{
    const QStringList names = authorsOf(source);
    if (names.isEmpty())
        return {};
    QString list = names.size() == 1 ? names.first()
                                     : names.mid(0, names.size() - 1).join(QStringLiteral(", ")) +
                                           lastSeparator + names.last();
    if (!list.endsWith(QLatin1Char('.')))
        list += QLatin1Char('.');
    return list;
}

QString CitationWriter::bookTitle(const QString &separator) const
{
    return m_book.subtitle.isEmpty() ? m_book.title : m_book.title + separator + m_book.subtitle;
}

QString CitationWriter::authorInitial() const
{
    return m_book.authorGiven.isEmpty() ? QString() : m_book.authorGiven.left(1) + QLatin1Char('.');
}

QString CitationWriter::bookChicago(bool html) const
{
    if (!m_book.isValid())
        return escaped(tr("the book"), html);
    const QString title = bookTitle(QStringLiteral(": "));
    return QStringLiteral("%1 %2, %3 (%4: %5, %6)")
        .arg(escaped(m_book.authorGiven, html), escaped(m_book.authorFamily, html),
             italic(title, html), escaped(m_book.place, html), escaped(m_book.publisher, html))
        .arg(m_book.year);
}

// APA 7: author (or the outlet as a group author), year, title in italics, the outlet as the
// site's name, address; the book as "Cited in".
QString CitationWriter::apa(const Source &s, bool html) const
{
    const QString authors = authorList(s, QStringLiteral(", & "));
    const QString date =
        s.year ? QStringLiteral("(%1). ").arg(s.year) : escaped(tr("(n.d.). "), html);
    QString title = italic(s.title, html);
    if (s.kind == Source::Kind::Book)
        title += QLatin1Char(' ') + escaped(tr("[Title as the book gives it]"), html);
    title += QStringLiteral(". ");
    QString entry;
    if (!authors.isEmpty())
        entry += escaped(authors, html) + QLatin1Char(' ') + date + title;
    else if (!s.outlet.isEmpty())
        entry += escaped(s.outlet, html) + QStringLiteral(". ") + date + title;
    else // no author at all: the title takes the author's place
        entry += title + date;
    if (!authors.isEmpty() && !s.outlet.isEmpty())
        entry += escaped(s.outlet, html) + QStringLiteral(". ");
    const QString accessed = accessedInProse(s);
    if (!accessed.isEmpty() && !s.url.isEmpty())
        entry += escaped(tr("Retrieved %1, from").arg(accessed), html) + QLatin1Char(' ');
    if (!s.url.isEmpty())
        entry += linked(s.url, html) + QLatin1Char(' ');
    if (s.kind == Source::Kind::Book)
        entry += tr("(Cited in %1, note %2)").arg(bookApa(html)).arg(s.footnote);
    else
        entry += escaped(tr("(Supplementary source, not from the book)"), html);
    return entry.trimmed();
}

QString CitationWriter::bookApa(bool html) const
{
    if (!m_book.isValid())
        return escaped(tr("the book"), html);
    const QString title = bookTitle(QStringLiteral(": "));
    return QStringLiteral("%1, %2 (%3). %4. %5")
        .arg(escaped(m_book.authorFamily, html), escaped(authorInitial(), html))
        .arg(m_book.year)
        .arg(italic(title, html), escaped(m_book.publisher, html));
}

// GOST R 7.0.100-2018, in the Russian the standard is written in, whatever the interface:
// elements parted by ". – ", the book after "Цит. по:", the footnote as "Примеч.".
QString CitationWriter::gost(const Source &s) const
{
    // The heading names the first author ("Dylenok, Y."), the statement of responsibility
    // after " / " every author as a reader says them ("Y. Dylenok").
    const QStringList authors = authorsOf(s);
    QString entry = authors.isEmpty() ? s.title : authors.first() + QLatin1Char(' ') + s.title;
    if (s.kind == Source::Kind::Book)
        entry += QStringLiteral(" [название дано по книге]");
    if (!authors.isEmpty()) {
        QStringList spoken;
        for (const QString &author : authors) {
            const PersonName name = personName(author);
            spoken.append(name.given.isEmpty() ? name.family : name.given + u' ' + name.family);
        }
        entry += QStringLiteral(" / ") + spoken.join(QStringLiteral(", "));
    }
    if (!s.outlet.isEmpty())
        entry += QStringLiteral(" // ") + s.outlet;
    if (s.year)
        entry += QStringLiteral(". – ") + QString::number(s.year);
    entry += QStringLiteral(".");
    if (!s.url.isEmpty())
        entry += QStringLiteral(" – URL: ") + link(s.url);
    if (const QDate accessed = accessedDate(s); accessed.isValid() && !s.url.isEmpty())
        entry += QStringLiteral(" (дата обращения: %1).")
                     .arg(accessed.toString(QStringLiteral("dd.MM.yyyy")));
    if (s.kind == Source::Kind::Book)
        entry += QStringLiteral(" – Цит. по: %1 – Примеч. %2.").arg(bookGost()).arg(s.footnote);
    else
        entry += QStringLiteral(" – Дополнительный источник, не из книги.");
    return entry;
}

QString CitationWriter::bookGost() const
{
    if (!m_book.isValid())
        return QStringLiteral("книга.");
    QString place = m_book.place;
    place.replace(QStringLiteral("; "), QStringLiteral(" ; "));
    QString entry = QStringLiteral("%1, %2 %3 / %2 %1. – %4 : %5, %6.")
                        .arg(m_book.authorFamily, authorInitial(), bookTitle(QStringLiteral(" : ")),
                             place, m_book.publisher)
                        .arg(m_book.year);
    if (!m_book.isbn.isEmpty())
        entry += QStringLiteral(" – ISBN ") + m_book.isbn + QLatin1Char('.');
    return entry;
}

QString CitationWriter::citedInNote(const Source &s) const
{
    if (s.kind != Source::Kind::Book)
        return tr("Supplementary source, not from the book.");
    if (!m_book.isValid())
        return tr("Title as the book gives it. Cited in the book, note %1.").arg(s.footnote);
    return tr("Title as the book gives it. Cited in %1, %2 (%3), note %4.")
        .arg(m_book.authorFamily, m_book.title)
        .arg(m_book.year)
        .arg(s.footnote);
}

QString CitationWriter::bibtex(const QList<const Source *> &sources) const
{
    const auto field = [](const char *name, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("  %1 = {%2},\n").arg(QLatin1String(name), bibtexValue(value));
    };
    QString out;
    // A dataset that names no book has no entry for it.
    if (m_book.isValid()) {
        out += QStringLiteral("@book{%1,\n").arg(bookKey());
        out += field("author", m_book.authorFamily + QStringLiteral(", ") + m_book.authorGiven);
        out += field("title", m_book.title);
        out += field("subtitle", m_book.subtitle);
        out += field("publisher", m_book.publisher);
        out += field("address", m_book.place);
        out += field("year", m_book.year ? QString::number(m_book.year) : QString());
        out += field("isbn", m_book.isbn);
        out += field("langid", m_book.language == QLatin1String("fr") ? QStringLiteral("french")
                                                                      : m_book.language);
        out += QStringLiteral("}\n");
    }
    for (const Source *s : sources) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        // A work the book gives no address for (a paper, a book, a printed article) is not a web
        // page: a generic entry.
        out += QStringLiteral("@%1{%2,\n")
                   .arg(QLatin1String(s->url.isEmpty() ? "misc" : "online"), s->id);
        // Double braces keep the title's capitals as the book gives them.
        out += field("author", authorsOf(*s).join(QStringLiteral(" and ")));
        out += QStringLiteral("  title = {{%1}},\n").arg(bibtexValue(s->title));
        out += field("organization", s->outlet);
        out += field("year", s->year ? QString::number(s->year) : QString());
        // A URL is verbatim in biblatex: nothing escaped.
        if (!s->url.isEmpty())
            out += QStringLiteral("  url = {%1},\n").arg(link(s->url));
        if (accessedDate(*s).isValid())
            out += field("urldate", s->accessed);
        out += field("note", citedInNote(*s));
        if (s->kind == Source::Kind::Book && m_book.isValid()) {
            out += field("related", bookKey());
            out += field("relatedtype", QStringLiteral("citedin"));
        }
        out += QStringLiteral("}\n");
    }
    return out;
}

QString CitationWriter::ris(const QList<const Source *> &sources) const
{
    QString out;
    const auto tag = [&out](const char *name, const QString &value) {
        if (!value.isEmpty())
            out += QStringLiteral("%1  - %2\n").arg(QLatin1String(name), risValue(value));
    };
    if (m_book.isValid()) {
        tag("TY", QStringLiteral("BOOK"));
        tag("ID", bookKey());
        tag("AU", m_book.authorFamily + QStringLiteral(", ") + m_book.authorGiven);
        tag("TI", bookTitle(QStringLiteral(": ")));
        tag("PB", m_book.publisher);
        tag("CY", m_book.place);
        tag("PY", m_book.year ? QString::number(m_book.year) : QString());
        tag("SN", m_book.isbn);
        tag("LA", m_book.language);
        out += QStringLiteral("ER  - \n");
    }
    for (const Source *s : sources) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        tag("TY", s->url.isEmpty() ? QStringLiteral("GEN") : QStringLiteral("ELEC"));
        tag("ID", s->id);
        for (const QString &author : authorsOf(*s))
            tag("AU", author);
        tag("TI", s->title);
        tag("T2", s->outlet);
        tag("PY", s->year ? QString::number(s->year) : QString());
        tag("UR", link(s->url));
        if (const QDate accessed = accessedDate(*s); accessed.isValid())
            tag("Y2", accessed.toString(QStringLiteral("yyyy/MM/dd")));
        tag("N1", citedInNote(*s));
        out += QStringLiteral("ER  - \n");
    }
    return out;
}

QString CitationWriter::cslJson(const QList<const Source *> &sources) const
{
    const auto issued = [](int year) {
        return Json{{"date-parts", Json::array({Json::array({year})})}};
    };
    Json items = Json::array();
    Json book = {{"id", bookKey().toStdString()},
                 {"type", "book"},
                 {"title", bookTitle(QStringLiteral(": ")).toStdString()}};
    book["author"] = Json::array({Json{{"family", m_book.authorFamily.toStdString()},
                                       {"given", m_book.authorGiven.toStdString()}}});
    book["publisher"] = m_book.publisher.toStdString();
    book["publisher-place"] = m_book.place.toStdString();
    if (m_book.year)
        book["issued"] = issued(m_book.year);
    if (!m_book.isbn.isEmpty())
        book["ISBN"] = m_book.isbn.toStdString();
    if (!m_book.language.isEmpty())
        book["language"] = m_book.language.toStdString();
    if (m_book.isValid())
        items.push_back(book);
    for (const Source *s : sources) {
        Json item = {{"id", s->id.toStdString()},
                     {"type", s->url.isEmpty() ? "document" : "webpage"},
                     {"title", s->title.toStdString()}};
        if (const QStringList authors = authorsOf(*s); !authors.isEmpty()) {
            Json names = Json::array();
            for (const QString &author : authors) {
                const PersonName name = personName(author);
                names.push_back(Json{{"family", name.family.toStdString()},
                                     {"given", name.given.toStdString()}});
            }
            item["author"] = names;
        }
        // A title as the book gives it is in the book's language: a CSL processor leaves it as
        // printed instead of title-casing it as English.
        if (s->kind == Source::Kind::Book && !m_book.language.isEmpty())
            item["language"] = m_book.language.toStdString();
        if (!s->outlet.isEmpty())
            item["container-title"] = s->outlet.toStdString();
        if (s->year)
            item["issued"] = issued(s->year);
        if (!s->url.isEmpty())
            item["URL"] = link(s->url).toStdString();
        if (const QDate accessed = accessedDate(*s); accessed.isValid())
            item["accessed"] = Json{
                {"date-parts",
                 Json::array({Json::array({accessed.year(), accessed.month(), accessed.day()})})}};
        item["note"] = citedInNote(*s).toStdString();
        items.push_back(item);
    }
    return QString::fromStdString(items.dump(2)) + QLatin1Char('\n');
}

} // namespace pe
