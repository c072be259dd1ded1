#pragma once

#include <QString>
#include <QUrl>

namespace pe {

// The addresses a dataset gives (a source's url, a licence's path) are web pages: http or
// https, nothing else. The book prints some without their scheme ("www.…"): those are read
// as http. Anything else (javascript:, file:, a scheme that merely starts with "http") is no
// web address: the validator refuses it and no view makes it a link.
namespace weburl {

// The address as a link, or an invalid QUrl when it is not a web address.
QUrl resolve(const QString &printed);
// Whether a link may be handed to the desktop's browser: http or https, exactly.
bool isWeb(const QUrl &url);
// The address as shown, shortened in its middle to at most maxLength characters (the link
// keeps the whole address).
QString shortened(const QString &address, int maxLength = 80);

} // namespace weburl
} // namespace pe
