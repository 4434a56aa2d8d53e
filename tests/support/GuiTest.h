#pragma once

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace blihops::test {

// The first visible top-level widget of type T (with that object name, if given), waiting
// up to ten seconds for it to appear; nullptr if none did.
template <typename T> T *waitForTopLevel(const QString &objectName = {})
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *candidate = qobject_cast<T *>(widget);
                    candidate && candidate->isVisible() &&
                    (objectName.isEmpty() || candidate->objectName() == objectName)) {
                    found = candidate;
                    return true;
                }
            }
            return false;
        },
        10000);
    return appeared ? found : nullptr;
}

// With BLIHOPS_SCREENSHOT_DIR set, keeps a picture of what the test saw, for a person to
// look at; the tests never compare pictures.
inline void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("BLIHOPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let posted layout requests settle, as a person's eye would
    widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) +
                        QStringLiteral(".png"));
}

} // namespace blihops::test
