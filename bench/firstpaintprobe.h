#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <unistd.h>

namespace pe {

// For the start-up benchmark (bench/startup.sh): when PE_FIRST_PAINT_PROBE is set, reports
// the time from process start to the first painted frame and the resident memory then,
// and quits. Header-only so that the baseline and bench's build of the app
// (partnership-explorer-probe) measure themselves exactly the same way. POSIX-only (/proc,
// CLOCK_BOOTTIME), which is why it lives in bench/ and not in the shipped app.
class FirstPaintProbe : public QObject
{
public:
    static bool enabled() { return qEnvironmentVariableIsSet("PE_FIRST_PAINT_PROBE"); }

    explicit FirstPaintProbe(QObject *watched)
        : QObject(watched)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // Let the rest of the frame paint and flush before reading the clock.
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "first-paint-ms " << millisecondsSinceStart() << "\nrss-kb "
                                    << residentKilobytes() << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    static double millisecondsSinceStart()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        // Field 22 (starttime, in clock ticks since boot) comes after the ")" of the name.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double startTicks = fields.value(19).toDouble();
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
        return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }

    static qint64 residentKilobytes()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    bool m_seen = false;
};

} // namespace pe
