#pragma once

#include <QMessageBox>
#include <QString>

class QAbstractItemView;

namespace pe {

// Text from a dataset, a tour or a file name is never markup. Qt guesses whether a tooltip,
// a label or a message box holds rich text from the text itself (Qt::mightBeRichText), so
// "<img src=/home/…>" in a title would be drawn as an image read from disk. Labels showing
// such text are set to Qt::PlainText; tooltips, which have no such switch, get it through
// here.
namespace plaintext {

// The text as a tooltip shows it: escaped and wrapped as rich text of its own, so that no
// part of it is ever read as markup; line breaks kept.
QString toolTip(const QString &text);

// Makes an item view show its items' tooltips (Qt::ToolTipRole) as plain text: the tables'
// tooltips are dataset text (an event's text, a source's quote).
void keepItemToolTipsPlain(QAbstractItemView *view);

// A modal message box whose text is shown as it is (it names a file or a tour's title); the
// button pressed.
QMessageBox::StandardButton
messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
           QMessageBox::StandardButtons buttons = QMessageBox::Ok,
           QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace plaintext
} // namespace pe
