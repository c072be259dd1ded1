#pragma once

namespace pe {

// The years an axis may show: the data's span, padded, or a wider minimum. Years as
// fractions (2011.0 is 1 January 2011).
struct TimelineDomain
{
    double from = 0;
    double to = 1;

    double span() const { return to - from; }
    bool operator==(const TimelineDomain &o) const { return from == o.from && to == o.to; }
};

// The visible stretch of the time axis: where it starts, how many years it shows, and
// whether it is "fitted", that is shows the whole domain and keeps doing so when the
// domain changes. A value type: every operation returns a new range that lies inside the
// domain it is given and is never shorter than minimumSpan.
class TimelineViewport
{
public:
    // Three months: months stay apart and a day is still a few pixels wide.
    static constexpr double minimumSpan = 0.25;

    TimelineViewport() = default;

    // The whole domain.
    static TimelineViewport fitted(const TimelineDomain &domain);
    // [from, from + span] shrunk and moved into the domain. A range covering the whole
    // domain counts as fitted.
    static TimelineViewport clamped(double from, double span, const TimelineDomain &domain,
                                    bool fitted = false);

    double from() const { return m_from; }
    double span() const { return m_span; }
    double to() const { return m_from + m_span; }
    double centre() const { return m_from + m_span / 2; }
    bool isFitted() const { return m_fitted; }
    bool contains(double year) const { return year >= m_from && year <= to(); }

    // factor > 1 zooms in; aroundYear stays where it is on screen.
    TimelineViewport zoomedBy(double factor, double aroundYear, const TimelineDomain &domain) const;
    TimelineViewport pannedBy(double years, const TimelineDomain &domain) const;
    // After the domain changed: a fitted range shows the new domain, another keeps its
    // place and zoom as far as the new domain allows.
    TimelineViewport adaptedTo(const TimelineDomain &domain) const;

    bool operator==(const TimelineViewport &o) const
    {
        return m_from == o.m_from && m_span == o.m_span && m_fitted == o.m_fitted;
    }
    bool operator!=(const TimelineViewport &o) const { return !(*this == o); }

private:
    TimelineViewport(double from, double span, bool fitted)
        : m_from(from)
        , m_span(span)
        , m_fitted(fitted)
    {}

    double m_from = 0;
    double m_span = 1;
    bool m_fitted = true;
};

} // namespace pe
