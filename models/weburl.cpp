#include "models/weburl.h"

namespace pe::weburl {

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme(); // lower case: QUrl folds it
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QUrl resolve(const QString &printed)
{
    const QString address = printed.trimmed();
    if (address.isEmpty())
        return {};
    // A scheme is what stands before the first colon, if nothing but scheme characters do.
    const qsizetype colon = address.indexOf(QLatin1Char(':'));
    bool hasScheme = colon > 0;
    for (qsizetype i = 0; hasScheme && i < colon; ++i) {
        const QChar c = address.at(i);
        hasScheme = c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') ||
                    c == QLatin1Char('.');
    }
    // "www.example.org:8080/page": a host and a port, not a scheme.
    if (hasScheme && address.left(colon).contains(QLatin1Char('.')) &&
        !address.mid(colon + 1).startsWith(QLatin1String("//")))
        hasScheme = false;
    const QUrl url(hasScheme ? address : QStringLiteral("http://") + address, QUrl::StrictMode);
    return isWeb(url) ? url : QUrl();
}

QString shortened(const QString &address, int maxLength)
{
    if (address.size() <= maxLength || maxLength < 5)
        return address;
    const int head = (maxLength - 1) * 2 / 3;
    const int tail = maxLength - 1 - head;
    return address.left(head) + QChar(0x2026) + address.right(tail);
}

} // namespace pe::weburl
