#pragma once

#include "models/dataset.h"

#include <QCoreApplication>
#include <QString>

namespace pe {

// Writes what the detail pane shows about a record (rich text with links that navigate)
// and the citation a reader copies into an essay or an article. Links to records use the
// scheme "record:ID"; links to years "year:YYYY"; web addresses stay as they are.
class RecordFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormatter)

public:
    RecordFormatter(const Dataset &dataset, const QString &language);

    // Empty when the id is not in the dataset.
    QString html(const QString &id) const;
    // Everything dated in that year, as links.
    QString yearHtml(int year) const;
    // The ids of what yearHtml lists.
    QStringList recordsOfYear(int year) const;
    // Plain text: what the record says, its date, and each source in full.
    QString citation(const QString &id) const;
    // Title of any record, in the language.
    QString title(const QString &id) const;

    static QString recordLink(const QString &id) { return QStringLiteral("record:") + id; }
    // Rich text with break opportunities in its long words (outside tags and entities): for
    // HTML written elsewhere (a citation's full address), which a line of one unbroken word
    // would take the layout minutes to fit.
    static QString withBreaks(const QString &html);
    // The most records a list of related records shows; "and N more" stands for the rest.
    static constexpr qsizetype maxListed = 50;

private:
    QString observationTitle(const Observation &o) const;
    QString eventHtml(const Event &e) const;
    QString observationHtml(const Observation &o) const;
    QString ventureHtml(const Venture &v) const;
    QString pairingHtml(const Pairing &p) const;
    QString placeHtml(const Place &p) const;
    QString sourceHtml(const Source &s) const;

    QString header(const QString &kind, const QString &title, const QString &meta) const;
    QString section(const QString &heading, const QString &body) const;
    QString placesLine(const QStringList &ids) const;
    QString linkList(const QStringList &ids) const;
    QString sourcesHtml(const QStringList &ids) const;
    QString sourceReference(const Source &s) const;
    QString text(const LocalizedText &t) const { return t.text(m_language); }

    const Dataset &m_dataset;
    QString m_language;
};

} // namespace pe
