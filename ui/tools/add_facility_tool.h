// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "ui/tools/map_tool.h"

class QComboBox;

namespace yike::ui {

/**
 * Places an existing facility of the chosen catalogue category where the map is clicked. The
 * category comes from a combo box in the tool options (names in the interface language, with
 * the colour of the category's group); the facility is named after its category.
 */
class AddFacilityTool : public MapTool {
    Q_OBJECT

public:
    explicit AddFacilityTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    /// The catalogue code new facilities get; the first category of the catalogue by default.
    std::string categoryCode() const;
    void setCategoryCode(const std::string& code);

    void mousePressed(QMouseEvent* event) override;

protected:
    QWidget* createOptionsWidget(QWidget* parent) override;
    void retranslateOptions() override;

private:
    void fillCategories();

    std::string m_categoryCode;
    QComboBox* m_combo = nullptr;
};

/// The catalogue name of a category in the interface language.
QString categoryDisplayName(const std::string& nameZh, const std::string& nameEn);

}  // namespace yike::ui
