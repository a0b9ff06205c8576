// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// The facility catalogue: the service categories a project plans for, with their walking
/// targets and the published sources behind every figure. It is data the user can edit; the
/// copy shipped with the application is only the seed of a new project's standards profile.
namespace yike::catalog {

/// Where a figure comes from: the source id of the domain notes (e.g. "S9") and its location.
struct Source {
    std::string id;
    std::string where;
    friend bool operator==(const Source&, const Source&) = default;
};

/// Where a category's minimum area was read: the phrase quoted, the page, the jurisdiction it
/// applies to and how far it can be trusted (see facility_areas.json of the domain notes).
struct AreaSource {
    std::string quote;
    std::string url;
    std::string jurisdiction;
    std::string confidence;
    std::string note;
    friend bool operator==(const AreaSource&, const AreaSource&) = default;
};

/// The kinds of area Category::areaKind names, in the order editors offer them.
inline constexpr std::array<std::string_view, 5> kAreaKinds{"floor", "usable", "sales", "dining",
                                                            "land"};

/// Whether `kind` is one of kAreaKinds.
bool isAreaKind(std::string_view kind);

/// One service category (e.g. "pharmacy"). Optional fields are absent where no source gives
/// a figure; the free-text fields keep the wording of the source.
struct Category {
    std::string code;    ///< stable identifier, lower_snake_case
    std::string nameZh;  ///< Chinese name shown in the UI
    std::string nameEn;  ///< English name shown in the UI
    std::string group;   ///< "basic" or "quality" (MOFCOM grading)
    std::optional<std::string> gb50180Level;   ///< GB 50180-2018 tier, where known
    std::optional<std::string> walkTarget;     ///< walking target as stated by the source
    std::optional<double> walkMinutes;         ///< target walk time in minutes
    std::optional<double> walkDistanceM;       ///< target walk distance in metres
    std::optional<std::string> minArea;        ///< minimum floor area as stated by the source
    std::optional<double> minAreaM2;           ///< minimum floor area in square metres
    std::optional<double> maxAreaM2;           ///< largest area a source gives, where one does
    /// What minAreaM2 measures: "floor" (建筑面积), "usable" (使用面积), "sales" (营业面积),
    /// "dining" (就餐面积) or "land" (用地面积, an outdoor site, not a room); empty when unknown.
    std::string areaKind;
    std::optional<AreaSource> areaSource;      ///< where minAreaM2 was read, when sourced
    std::optional<std::string> siting;         ///< siting rule as stated by the source
    std::optional<std::string> perPopulation;  ///< provision rule per population
    std::vector<Source> sources;
    std::string confidence;  ///< e.g. "secondary", "unverified", "secondary/local"
    std::optional<std::string> notes;

    friend bool operator==(const Category&, const Category&) = default;
};

/// Raised when catalogue text cannot be read; what() names the entry and field at fault.
class CatalogError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An ordered list of categories with unique codes.
class Catalog {
public:
    Catalog() = default;
    /// @throws CatalogError when two categories share a code or a code is empty.
    explicit Catalog(std::vector<Category> categories);

    const std::vector<Category>& categories() const { return m_categories; }
    const Category* find(std::string_view code) const;
    bool empty() const { return m_categories.empty(); }
    std::size_t size() const { return m_categories.size(); }

    friend bool operator==(const Catalog&, const Catalog&) = default;

private:
    std::vector<Category> m_categories;
};

/// Reads the JSON form (an array of objects with the keys of facility_catalog.json).
/// @throws CatalogError on malformed JSON, a missing required key or a wrongly typed value.
Catalog parseCatalogJson(std::string_view json);

/// Writes the JSON form read by parseCatalogJson (round-trips exactly).
std::string toCatalogJson(const Catalog& catalog);

/// An area source as the JSON object of the catalogue form (keys quote, url, jurisdiction,
/// confidence and note; empty members are null). The project file stores it this way too.
std::string toAreaSourceJson(const AreaSource& source);

/// Reads the object toAreaSourceJson writes; absent or null members are empty.
/// @throws CatalogError when the text is not such an object.
AreaSource parseAreaSourceJson(std::string_view json);

/// The catalogue shipped with the application (resources/catalog/facility_catalog.json,
/// compiled in), used to seed the standards profile of a new project.
const Catalog& builtinCatalog();

}  // namespace yike::catalog
