#include "tests/support/externalrenderers.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace pe::test {

bool ExternalRenderers::required()
{
    return qEnvironmentVariableIntValue("PE_REQUIRE_EXPORT_TOOLS") == 1;
}

QString ExternalRenderers::missing(const QStringList &tools)
{
    QStringList absent;
    for (const QString &tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            absent.append(tool);
    }
    return absent.join(QStringLiteral(", "));
}

bool ExternalRenderers::run(const QString &program, const QStringList &arguments, QByteArray *out,
                            QString *error)
{
    QProcess process;
    process.start(program, arguments);
    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted(10000)) {
        *error = command + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        *error = command + QStringLiteral(": no answer within a minute");
        return false;
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1: exit status %2: %3")
                     .arg(command)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    if (out)
        *out = output;
    return true;
}

QImage ExternalRenderers::renderSvg(const QString &svgPath, const QSize &pixels, QString *error)
{
    QByteArray png;
    if (!run(QStringLiteral("rsvg-convert"),
             {QStringLiteral("-w"), QString::number(pixels.width()), QStringLiteral("-h"),
              QString::number(pixels.height()), QStringLiteral("-f"), QStringLiteral("png"),
              svgPath},
             &png, error))
        return {};
    QImage image = QImage::fromData(png, "PNG");
    if (image.isNull())
        *error = QStringLiteral("rsvg-convert wrote no PNG for %1").arg(svgPath);
    return image;
}

QImage ExternalRenderers::renderPdf(const QString &pdfPath, int dpi, QString *error)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
              QStringLiteral("-singlefile"), pdfPath, prefix},
             nullptr, error))
        return {};
    QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull())
        *error = QStringLiteral("pdftoppm wrote no PNG for %1").arg(pdfPath);
    return image;
}

QString ExternalRenderers::pdfInfo(const QString &pdfPath, bool xmp, QString *error)
{
    QStringList arguments;
    if (xmp)
        arguments.append(QStringLiteral("-meta"));
    arguments.append(pdfPath);
    QByteArray out;
    if (!run(QStringLiteral("pdfinfo"), arguments, &out, error))
        return {};
    return QString::fromUtf8(out);
}

} // namespace pe::test
