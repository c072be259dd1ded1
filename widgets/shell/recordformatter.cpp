#include "widgets/shell/recordformatter.h"

#include "models/localedates.h"

#include "models/citation.h"

#include "models/items/eventmodel.h"
#include "models/vocabulary.h"
#include "models/weburl.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace pe {

namespace {

// Past this many characters without a space, a word gets places where it may break: a line
// of one unbroken megabyte would otherwise take the text layout minutes to fit.
constexpr qsizetype longestUnbrokenRun = 40;

// Dataset text as rich text shows it: escaped (it is never markup), long words breakable.
QString esc(const QString &s)
{
    qsizetype run = 0;
    bool longRun = false;
    for (const QChar c : s) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > longestUnbrokenRun) {
            longRun = true;
            break;
        }
    }
    if (!longRun)
        return s.toHtmlEscaped();
    QString broken;
    broken.reserve(s.size() + s.size() / longestUnbrokenRun + 1);
    run = 0;
    for (const QChar c : s) {
        run = c.isSpace() ? 0 : run + 1;
        // Never between the halves of a surrogate pair.
        if (run > longestUnbrokenRun && !c.isLowSurrogate()) {
            broken += QChar(0x200B); // zero width space: a break opportunity, nothing drawn
            run = 1;
        }
        broken += c;
    }
    return broken.toHtmlEscaped();
}

QString link(const QString &href, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), esc(label));
}

QString number(double v)
{
    return LocaleNumbers::format(v, v == double(qint64(v)) ? 0 : 1);
}

} // namespace

QString RecordFormatter::withBreaks(const QString &html)
{
    QString broken;
    broken.reserve(html.size() + html.size() / longestUnbrokenRun);
    qsizetype run = 0;
    bool inTag = false;
    bool inEntity = false;
    for (const QChar c : html) {
        if (inTag) {
            inTag = c != QLatin1Char('>');
        } else if (c == QLatin1Char('<')) {
            inTag = true;
            run = 0;
        } else if (inEntity) {
            inEntity = c != QLatin1Char(';');
            ++run;
        } else if (c.isSpace()) {
            run = 0;
        } else {
            if (++run > longestUnbrokenRun && !c.isLowSurrogate()) {
                broken += QChar(0x200B);
                run = 1;
            }
            inEntity = c == QLatin1Char('&');
        }
        broken += c;
    }
    return broken;
}

RecordFormatter::RecordFormatter(const Dataset &dataset, const QString &language)
    : m_dataset(dataset)
    , m_language(language)
{}

QString RecordFormatter::title(const QString &id) const
{
    switch (m_dataset.kindOf(id)) {
    case RecordKind::Event:
        return text(m_dataset.event(id)->title);
    case RecordKind::Venture:
        return text(m_dataset.venture(id)->name);
    case RecordKind::Pairing: {
        const Pairing *p = m_dataset.pairing(id);
        return QStringLiteral("%1 — %2").arg(text(p->belarusianSide.name),
                                             text(p->kazakhSide.name));
    }
    case RecordKind::Observation:
        return observationTitle(*m_dataset.observation(id));
    case RecordKind::Place:
        return text(m_dataset.place(id)->name);
    case RecordKind::Source:
        return m_dataset.source(id)->title;
    case RecordKind::None:
        break;
    }
    return id;
}

QString RecordFormatter::observationTitle(const Observation &o) const
{
    QString label = tr("%1, %2").arg(Vocabulary::indicatorOf(o)).arg(o.year);
    if (!o.isFullYear())
        label += QStringLiteral(" (%1)").arg(Vocabulary::period(o.periodStart, o.periodEnd));
    if (o.indicator == Indicator::Count)
        label = tr("%1, %2").arg(text(o.subject)).arg(o.year);
    if (o.status != ObservationStatus::Actual)
        label += QStringLiteral(" (%1)").arg(Vocabulary::label(o.status));
    return label + QStringLiteral(": ") + Vocabulary::value(o);
}

QString RecordFormatter::header(const QString &kind, const QString &title,
                                const QString &meta) const
{
    return QStringLiteral("<p style=\"margin:0\"><span style=\"font-size:small; "
                          "text-transform:uppercase; letter-spacing:1px\">%1</span></p>"
                          "<h2 style=\"margin-top:2px; margin-bottom:4px\">%2</h2>"
                          "<p style=\"margin-top:0\">%3</p>")
        .arg(esc(kind), esc(title), meta);
}

QString RecordFormatter::section(const QString &heading, const QString &body) const
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>%2").arg(esc(heading), body);
}

QString RecordFormatter::placesLine(const QStringList &ids) const
{
    QStringList parts;
    for (const QString &id : ids) {
        const Place *p = m_dataset.place(id);
        parts.append(p ? link(recordLink(id), text(p->name)) : esc(id));
    }
    return parts.join(QStringLiteral(", "));
}

QString RecordFormatter::linkList(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    // A country in a dataset of a hundred thousand events: the pane lists the first ones
    // and says how many more there are (the filters and the views show them all).
    QString list = QStringLiteral("<ul style=\"margin-top:0\">");
    const qsizetype shown = std::min<qsizetype>(ids.size(), maxListed);
    for (qsizetype i = 0; i < shown; ++i)
        list += QStringLiteral("<li>%1</li>").arg(link(recordLink(ids.at(i)), title(ids.at(i))));
    if (ids.size() > shown)
        list += QStringLiteral("<li><i>%1</i></li>")
                    .arg(esc(tr("and %n more", nullptr, int(ids.size() - shown))));
    return list + QStringLiteral("</ul>");
}

QString RecordFormatter::sourceReference(const Source &s) const
{
    QStringList parts;
    if (s.kind == Source::Kind::Book)
        parts.append(tr("%1, note %2")
                         .arg(BookCitation::shortReference(m_dataset.metadata.book))
                         .arg(s.footnote));
    else
        parts.append(tr("Supplementary figure, not from the book"));
    if (const QString authors = BookCitation::authors(m_dataset.metadata.book, s);
        !authors.isEmpty())
        parts.append(authors.endsWith(QLatin1Char('.')) ? authors.chopped(1) : authors);
    parts.append(s.title);
    if (!s.outlet.isEmpty())
        parts.append(s.outlet);
    if (s.year)
        parts.append(QString::number(s.year));
    if (!s.url.isEmpty())
        parts.append(s.url);
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

QString RecordFormatter::sourcesHtml(const QStringList &ids) const
{
    QString html;
    for (const QString &id : ids) {
        const Source *s = m_dataset.source(id);
        if (!s)
            continue;
        const QString badge = s->kind == Source::Kind::Book
                                  ? tr("Book, note %1").arg(s->footnote)
                                  : tr("Supplementary, not from the book");
        // A web address is a link, shown shortened when it is long (the link keeps all of
        // it); anything else is no link at all.
        QString url;
        if (const QUrl href = weburl::resolve(s->url); href.isValid())
            url = QStringLiteral("<br/>") +
                  link(QString::fromUtf8(href.toEncoded()), weburl::shortened(s->url));
        else if (!s->url.isEmpty())
            url = QStringLiteral("<br/>") + esc(weburl::shortened(s->url));
        QString work = esc(s->title);
        if (const QString authors = BookCitation::authors(m_dataset.metadata.book, *s);
            !authors.isEmpty())
            work = esc(authors) + QLatin1Char(' ') + work;
        html += QStringLiteral("<p style=\"margin-bottom:8px\"><b>%1</b> · %2%3%4"
                               "<br/><i>«&nbsp;%5&nbsp;»</i></p>")
                    .arg(esc(badge), work,
                         s->outlet.isEmpty() ? QString() : QStringLiteral(" — ") + esc(s->outlet),
                         url, esc(s->quote));
    }
    return html;
}

QString RecordFormatter::html(const QString &id) const
{
    switch (m_dataset.kindOf(id)) {
    case RecordKind::Event:
        return eventHtml(*m_dataset.event(id));
    case RecordKind::Observation:
        return observationHtml(*m_dataset.observation(id));
    case RecordKind::Venture:
        return ventureHtml(*m_dataset.venture(id));
    case RecordKind::Pairing:
        return pairingHtml(*m_dataset.pairing(id));
    case RecordKind::Place:
        return placeHtml(*m_dataset.place(id));
    case RecordKind::Source:
        return sourceHtml(*m_dataset.source(id));
    case RecordKind::None:
        break;
    }
    return {};
}

QString RecordFormatter::eventHtml(const Event &e) const
{
    QString meta =
        esc(EventModel::formatDate(e)) + QStringLiteral(" · ") + esc(Vocabulary::label(e.category));
    if (!e.places.isEmpty())
        meta += QStringLiteral(" · ") + placesLine(e.places);
    QString html = header(tr("Event"), text(e.title), meta);
    html += QStringLiteral("<p>%1</p>").arg(esc(text(e.text)));
    if (!e.actors.isEmpty()) {
        QStringList actors;
        for (const LocalizedText &a : e.actors)
            actors.append(esc(text(a)));
        html += section(tr("Who"), QStringLiteral("<p style=\"margin-top:0\">%1</p>")
                                       .arg(actors.join(QStringLiteral(", "))));
    }
    html += section(tr("Related"), linkList(e.ventures + e.pairings + e.observations));
    if (!e.conflictsWith.isEmpty())
        html += section(tr("Told differently elsewhere"), linkList(e.conflictsWith));
    html += section(tr("Sources"), sourcesHtml(e.sources));
    return html;
}

QString RecordFormatter::observationHtml(const Observation &o) const
{
    QStringList meta;
    meta.append(link(QStringLiteral("year:%1").arg(o.year), QString::number(o.year)));
    meta.append(
        esc(o.isFullYear() ? tr("full year") : Vocabulary::period(o.periodStart, o.periodEnd)));
    meta.append(esc(Vocabulary::label(o.reportingSide)));
    if (o.status != ObservationStatus::Actual)
        meta.append(QStringLiteral("<b>%1</b>").arg(esc(Vocabulary::label(o.status))));
    QString html =
        header(o.isSupplementary(m_dataset) ? tr("Figure (supplementary)") : tr("Figure"),
               title(o.id), meta.join(QStringLiteral(" · ")));
    QString scope;
    switch (o.scope) {
    case Scope::Region:
        scope = placesLine(o.places);
        break;
    case Scope::Sector:
        scope = o.sector ? esc(Vocabulary::label(*o.sector)) : QString();
        break;
    case Scope::Company:
        scope = esc(text(o.company));
        break;
    case Scope::National:
        scope = esc(Vocabulary::label(o.scope));
        break;
    }
    html += QStringLiteral("<p>%1: %2</p>").arg(esc(tr("Scope")), scope);
    if (!o.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(text(o.note)));
    if (!o.conflictsWith.isEmpty())
        html += section(tr("The sources give another value"), linkList(o.conflictsWith));
    html += section(tr("Sources"), sourcesHtml(o.sources));
    return html;
}

QString RecordFormatter::ventureHtml(const Venture &v) const
{
    QStringList meta{esc(Vocabulary::label(v.sector)), esc(Vocabulary::label(v.status))};
    if (v.startYear)
        meta.append(tr("since %1")
                        .arg(link(QStringLiteral("year:%1").arg(v.startYear),
                                  QString::number(v.startYear))));
    if (!v.places.isEmpty())
        meta.append(placesLine(v.places));
    QString html =
        header(tr("Joint venture or project"), text(v.name), meta.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p>%1</p>").arg(esc(text(v.description)));
    if (!v.products.isEmpty())
        html +=
            section(tr("Products"),
                    QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(esc(text(v.products))));
    auto partners = [this](const QList<LocalizedText> &list) {
        QStringList names;
        for (const LocalizedText &p : list)
            names.append(esc(text(p)));
        return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral("; "));
    };
    QString partnersText = QStringLiteral("%1: %2<br/>%3: %4")
                               .arg(esc(tr("Belarus")), partners(v.belarusianPartners),
                                    esc(tr("Kazakhstan")), partners(v.kazakhPartners));
    if (!v.partnerPlaces.isEmpty())
        partnersText +=
            QStringLiteral("<br/>") + tr("Based in %1").arg(placesLine(v.partnerPlaces));
    html += section(tr("Partners"),
                    QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(partnersText));
    if (!v.milestones.isEmpty()) {
        QString rows;
        for (const Milestone &m : v.milestones) {
            QStringList figures;
            if (m.units)
                figures.append(tr("%1 units").arg(number(*m.units)));
            if (m.valueUsdM)
                figures.append(tr("US$ %1 M").arg(number(*m.valueUsdM)));
            if (m.investmentUsdM)
                figures.append(tr("investment US$ %1 M").arg(number(*m.investmentUsdM)));
            if (m.jobs)
                figures.append(tr("%1 jobs").arg(number(*m.jobs)));
            if (m.areaM2)
                figures.append(tr("%1 m²").arg(number(*m.areaM2)));
            rows +=
                QStringLiteral("<tr><td valign=\"top\" style=\"padding-right:8px\"><b>%1</b></td>"
                               "<td>%2%3</td></tr>")
                    .arg(m.year)
                    .arg(esc(text(m.description)),
                         figures.isEmpty() ? QString()
                                           : QStringLiteral(" <i>(%1)</i>")
                                                 .arg(esc(figures.join(QStringLiteral(", ")))));
        }
        html += section(tr("Milestones"), QStringLiteral("<table>%1</table>").arg(rows));
    }
    QStringList related;
    for (const Event &e : m_dataset.events) {
        if (e.ventures.contains(v.id))
            related.append(e.id);
    }
    html += section(tr("Events"), linkList(related));
    html += section(tr("Sources"), sourcesHtml(v.sources));
    return html;
}

QString RecordFormatter::pairingHtml(const Pairing &p) const
{
    QStringList meta{esc(Vocabulary::label(p.level)), esc(Vocabulary::label(p.document))};
    if (p.year)
        meta.append(link(QStringLiteral("year:%1").arg(p.year), QString::number(p.year)));
    QString html = header(tr("Partnership"), title(p.id), meta.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p>%1</p>").arg(esc(text(p.description)));
    auto side = [this](const Party &party) {
        QString s = esc(text(party.name));
        if (!party.place.isEmpty())
            s += QStringLiteral(" (%1)").arg(placesLine({party.place}));
        return s;
    };
    html +=
        section(tr("Partners"), QStringLiteral("<p style=\"margin-top:0\">%1: %2<br/>%3: %4</p>")
                                    .arg(esc(tr("Belarus")), side(p.belarusianSide),
                                         esc(tr("Kazakhstan")), side(p.kazakhSide)));
    if (!p.areas.isEmpty()) {
        QStringList areas;
        for (const Area a : p.areas)
            areas.append(Vocabulary::label(a));
        html +=
            section(tr("Areas of cooperation"), QStringLiteral("<p style=\"margin-top:0\">%1</p>")
                                                    .arg(esc(areas.join(QStringLiteral(", ")))));
    }
    QStringList related;
    for (const Event &e : m_dataset.events) {
        if (e.pairings.contains(p.id))
            related.append(e.id);
    }
    html += section(tr("Events"), linkList(related));
    html += section(tr("Sources"), sourcesHtml(p.sources));
    return html;
}

QString RecordFormatter::placeHtml(const Place &p) const
{
    QStringList meta{esc(Vocabulary::label(p.kind)),
                     esc(p.country == Side::Belarus ? tr("Belarus") : tr("Kazakhstan"))};
    if (!p.parent.isEmpty())
        meta.append(placesLine({p.parent}));
    QString html = header(tr("Place"), text(p.name), meta.join(QStringLiteral(" · ")));
    if (!p.altNames.isEmpty())
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(esc(tr("Also known as")), esc(p.altNames.join(QStringLiteral(", "))));
    QStringList related;
    for (const Event &e : m_dataset.events) {
        if (m_dataset.withAncestors(e.places).contains(p.id))
            related.append(e.id);
    }
    for (const Venture &v : m_dataset.ventures) {
        if (m_dataset.withAncestors(v.places).contains(p.id))
            related.append(v.id);
    }
    for (const Pairing &pair : m_dataset.pairings) {
        if (m_dataset.withAncestors({pair.belarusianSide.place, pair.kazakhSide.place})
                .contains(p.id))
            related.append(pair.id);
    }
    html += section(tr("Here"), linkList(related));
    return html;
}

QString RecordFormatter::sourceHtml(const Source &s) const
{
    QString html = header(s.kind == Source::Kind::Book ? tr("Source: book note %1").arg(s.footnote)
                                                       : tr("Source: supplementary page"),
                          s.title, esc(s.outlet));
    html += sourcesHtml({s.id});
    QStringList citing;
    auto cites = [&](const QStringList &sources) { return sources.contains(s.id); };
    for (const Event &e : m_dataset.events)
        if (cites(e.sources))
            citing.append(e.id);
    for (const Observation &o : m_dataset.observations)
        if (cites(o.sources))
            citing.append(o.id);
    for (const Venture &v : m_dataset.ventures)
        if (cites(v.sources))
            citing.append(v.id);
    for (const Pairing &p : m_dataset.pairings)
        if (cites(p.sources))
            citing.append(p.id);
    html += section(tr("Records citing it"), linkList(citing));
    return html;
}

QStringList RecordFormatter::recordsOfYear(int year) const
{
    QStringList ids;
    for (const Event &e : m_dataset.events)
        if (e.year == year)
            ids.append(e.id);
    for (const Observation &o : m_dataset.observations)
        if (o.year == year)
            ids.append(o.id);
    for (const Venture &v : m_dataset.ventures)
        if (v.startYear == year)
            ids.append(v.id);
    for (const Pairing &p : m_dataset.pairings)
        if (p.year == year)
            ids.append(p.id);
    return ids;
}

QString RecordFormatter::yearHtml(int year) const
{
    // The records Cite cites for the year, grouped by kind: one list for both.
    QStringList events, figures, ventures, pairings;
    for (const QString &id : recordsOfYear(year)) {
        switch (m_dataset.kindOf(id)) {
        case RecordKind::Event:
            events.append(id);
            break;
        case RecordKind::Observation:
            figures.append(id);
            break;
        case RecordKind::Venture:
            ventures.append(id);
            break;
        case RecordKind::Pairing:
            pairings.append(id);
            break;
        default:
            break;
        }
    }
    QString html = header(tr("Year"), QString::number(year),
                          esc(tr("%n event(s)", nullptr, int(events.size()))));
    html += section(tr("Events"), linkList(events));
    html += section(tr("Figures"), linkList(figures));
    html += section(tr("Ventures started"), linkList(ventures));
    html += section(tr("Partnerships signed"), linkList(pairings));
    if (events.isEmpty() && figures.isEmpty() && ventures.isEmpty() && pairings.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("The dataset has nothing dated in this year.")));
    return html;
}

QString RecordFormatter::citation(const QString &id) const
{
    const RecordKind kind = m_dataset.kindOf(id);
    if (kind == RecordKind::Place || kind == RecordKind::None)
        return {};
    if (kind == RecordKind::Source)
        return sourceReference(*m_dataset.source(id));
    QString when;
    if (kind == RecordKind::Event)
        when = EventModel::formatDate(*m_dataset.event(id));
    else if (kind == RecordKind::Pairing && m_dataset.pairing(id)->year)
        when = QString::number(m_dataset.pairing(id)->year);
    QString citation = title(id);
    if (!when.isEmpty())
        citation += QStringLiteral(" (%1)").arg(when);
    citation += QStringLiteral(".");
    for (const QString &sourceId : m_dataset.sourcesOf(id)) {
        if (const Source *s = m_dataset.source(sourceId))
            citation += QStringLiteral("\n") + tr("Source: %1").arg(sourceReference(*s));
    }
    return citation;
}

} // namespace pe
