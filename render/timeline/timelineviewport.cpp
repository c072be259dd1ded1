#include "render/timeline/timelineviewport.h"

#include <algorithm>

namespace pe {

namespace {
// A domain shorter than the minimum span still gets a valid range.
double longestSpan(const TimelineDomain &domain)
{
    return std::max(TimelineViewport::minimumSpan, domain.span());
}
} // namespace

TimelineViewport TimelineViewport::fitted(const TimelineDomain &domain)
{
    return TimelineViewport(domain.from, longestSpan(domain), true);
}

TimelineViewport TimelineViewport::clamped(double from, double span, const TimelineDomain &domain,
                                           bool fitted)
{
    const double full = longestSpan(domain);
    span = std::clamp(span, minimumSpan, full);
    from = std::clamp(from, domain.from, std::max(domain.from, domain.to - span));
    return TimelineViewport(from, span, fitted || span >= full - 1e-9);
}

TimelineViewport TimelineViewport::zoomedBy(double factor, double aroundYear,
                                            const TimelineDomain &domain) const
{
    if (factor <= 0)
        return *this;
    const double span = std::clamp(m_span / factor, minimumSpan, longestSpan(domain));
    return clamped(aroundYear - (aroundYear - m_from) * span / m_span, span, domain);
}

TimelineViewport TimelineViewport::pannedBy(double years, const TimelineDomain &domain) const
{
    return clamped(m_from + years, m_span, domain, m_fitted);
}

TimelineViewport TimelineViewport::adaptedTo(const TimelineDomain &domain) const
{
    if (m_fitted)
        return fitted(domain);
    const double span = std::clamp(m_span, minimumSpan, longestSpan(domain));
    const double from = std::clamp(m_from, domain.from, std::max(domain.from, domain.to - span));
    return TimelineViewport(from, span, false);
}

} // namespace pe
