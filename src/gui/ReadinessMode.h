#pragma once

#include "Mode.h"
#include "ModeContext.h"

namespace blihops::gui {

class ReadinessPane;

// The Readiness mode: the readiness review of every environment, checked again each time
// the mode is shown.
class ReadinessMode : public Mode
{
    Q_OBJECT

public:
    ReadinessMode(const ModeContext &context, QWidget *parent);
    ~ReadinessMode() override;

    QWidget *widget() const override;
    QString title() const override;
    QString toolTip() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    void activate() override;

    ReadinessPane *pane() const { return m_pane; }

private:
    ReadinessPane *m_pane;
};

} // namespace blihops::gui
