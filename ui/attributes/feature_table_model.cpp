// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/feature_table_model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStringList>
#include <QUndoStack>
#include <QVariantMap>

#include "core/access/residents.h"
#include "core/catalog/catalog.h"
#include "ui/attributes/field_labels.h"
#include "ui/attributes/tr.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

using project::Compound;
using project::Facility;
using project::Gate;
using project::IdleSpace;
using project::Layer;

constexpr const char* kContext = "Yike::Attributes";

/// One column of a layer table: how to read, show and write one field of `F`.
template <typename F>
struct Column {
    const char* key = "";
    const char* title = "";  // untranslated; marked with QT_TRANSLATE_NOOP for lupdate
    FieldEditor editor = FieldEditor::ReadOnly;
    bool numeric = false;  // right-aligned, sorted as a number
    double minimum = 0.0;
    double maximum = 0.0;
    int decimals = 0;
    std::vector<Layer> dependsOn;  // other layers whose changes alter the shown text
    std::function<QVariant(const F&)> value;  // the edit value
    std::function<QString(const F&)> display;  // the shown text
    std::function<QString(const F&)> toolTip;
    std::function<QString(const F&)> searchExtra;  // matched by searches, not shown
    std::function<bool(const F&)> problem;  // shown in the warning colour
    std::function<QVariantList(const F&)> choices;
    /// Writes `v` into the copy; returns a translated error, empty on success. Null: read-only.
    std::function<QString(F&, const QVariant&)> assign;

    QString translatedTitle() const { return QCoreApplication::translate(kContext, title); }
};

QVariantMap choice(const QVariant& value, const QString& text, const QString& toolTip = {}) {
    QVariantMap map;
    map.insert(QStringLiteral("value"), value);
    map.insert(QStringLiteral("text"), text);
    map.insert(QStringLiteral("toolTip"), toolTip);
    return map;
}

QString numberText(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString rangeError(const QString& field, double lo, double hi, int decimals) {
    if (decimals == 0)
        return AttributesTr::tr("%1 must be a whole number from %2 to %3.")
            .arg(field, numberText(lo, 0), numberText(hi, 0));
    return AttributesTr::tr("%1 must be a number from %2 to %3.")
        .arg(field, numberText(lo, decimals), numberText(hi, decimals));
}

/// Reads a number typed or chosen by the user; nullopt when it is not a finite number in range
/// (or, with zero decimals, not whole).
std::optional<double> numberFrom(const QVariant& v, double lo, double hi, int decimals) {
    bool ok = false;
    double number = 0.0;
    if (v.typeId() == QMetaType::QString) {
        // Typed text: the interface locale first ("1,200"), then the C form ("1200.5").
        const QString text = v.toString().trimmed();
        number = QLocale().toDouble(text, &ok);
        if (!ok) number = text.toDouble(&ok);
    } else {
        number = v.toDouble(&ok);
    }
    if (!ok || !std::isfinite(number) || number < lo || number > hi) return std::nullopt;
    if (decimals == 0 && std::floor(number) != number) return std::nullopt;
    return number;
}

// ---- key=value attributes --------------------------------------------------------------------

QString attributesText(const std::map<std::string, std::string>& attributes, QChar separator) {
    QStringList lines;
    for (const auto& [key, value] : attributes)
        lines << QString::fromStdString(key) + QLatin1Char('=') + QString::fromStdString(value);
    return lines.join(separator == QLatin1Char('\n') ? QStringLiteral("\n") : QStringLiteral("; "));
}

/// One "key=value" per line; blank lines are skipped. Returns an error, empty on success.
QString parseAttributes(const QString& text, std::map<std::string, std::string>& out) {
    out.clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : line.left(eq).trimmed();
        if (key.isEmpty())
            return AttributesTr::tr("Line %1 (“%2”) is not of the form key=value.")
                .arg(i + 1)
                .arg(line);
        const std::string k = key.toStdString();
        if (out.count(k) != 0)
            return AttributesTr::tr("The key “%1” appears more than once.").arg(key);
        out[k] = line.mid(eq + 1).trimmed().toStdString();
    }
    return {};
}

// ---- generic columns ---------------------------------------------------------------------------

template <typename F>
Column<F> idColumn() {
    Column<F> c;
    c.key = "id";
    c.title = QT_TRANSLATE_NOOP("Yike::Attributes", "ID");
    c.numeric = true;
    c.value = [](const F& f) { return QVariant::fromValue<qlonglong>(f.id); };
    c.display = [](const F& f) { return QString::number(f.id); };
    return c;
}

template <typename F>
Column<F> textColumn(const char* key, const char* title, std::string F::*member,
                     bool multiline = false) {
    Column<F> c;
    c.key = key;
    c.title = title;
    c.editor = multiline ? FieldEditor::MultilineText : FieldEditor::Text;
    c.value = [member](const F& f) { return QString::fromStdString(f.*member); };
    c.display = [member, multiline](const F& f) {
        QString text = QString::fromStdString(f.*member);
        if (multiline) text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    if (multiline)
        c.toolTip = [member](const F& f) { return QString::fromStdString(f.*member); };
    c.assign = [member, multiline](F& f, const QVariant& v) {
        QString text = v.toString();
        // Single lines lose stray spaces at the ends; notes keep their layout.
        text = multiline ? text.trimmed() : text.simplified();
        f.*member = text.toStdString();
        return QString();
    };
    return c;
}

template <typename F>
Column<F> integerColumn(const char* key, const char* title, int F::*member, int lo, int hi) {
    Column<F> c;
    c.key = key;
    c.title = title;
    c.editor = FieldEditor::Integer;
    c.numeric = true;
    c.minimum = lo;
    c.maximum = hi;
    c.value = [member](const F& f) { return QVariant(f.*member); };
    c.display = [member](const F& f) { return QLocale().toString(f.*member); };
    c.assign = [member, lo, hi, title](F& f, const QVariant& v) {
        const std::optional<double> n = numberFrom(v, lo, hi, 0);
        if (!n) return rangeError(QCoreApplication::translate(kContext, title), lo, hi, 0);
        f.*member = static_cast<int>(*n);
        return QString();
    };
    return c;
}

template <typename F>
Column<F> decimalColumn(const char* key, const char* title, double F::*member, double lo,
                        double hi, int decimals) {
    Column<F> c;
    c.key = key;
    c.title = title;
    c.editor = FieldEditor::Decimal;
    c.numeric = true;
    c.minimum = lo;
    c.maximum = hi;
    c.decimals = decimals;
    c.value = [member](const F& f) { return QVariant(f.*member); };
    c.display = [member, decimals](const F& f) { return numberText(f.*member, decimals); };
    c.assign = [member, lo, hi, decimals, title](F& f, const QVariant& v) {
        const std::optional<double> n = numberFrom(v, lo, hi, decimals);
        if (!n)
            return rangeError(QCoreApplication::translate(kContext, title), lo, hi, decimals);
        f.*member = *n;
        return QString();
    };
    return c;
}

template <typename F>
Column<F> booleanColumn(const char* key, const char* title, bool F::*member) {
    Column<F> c;
    c.key = key;
    c.title = title;
    c.editor = FieldEditor::Boolean;
    c.value = [member](const F& f) { return QVariant(f.*member); };
    c.display = [member](const F& f) {
        return f.*member ? AttributesTr::tr("Yes") : AttributesTr::tr("No");
    };
    c.assign = [member](F& f, const QVariant& v) {
        f.*member = v.toBool();
        return QString();
    };
    return c;
}

/// Longitude or latitude of a point feature, in degrees; editable only where a point may move
/// freely (a gate stays on its compound's fence, an idle space's point belongs to its footprint).
template <typename F>
Column<F> coordinateColumn(bool longitude, bool editable) {
    Column<F> c;
    c.key = longitude ? "lon" : "lat";
    c.title = longitude ? QT_TRANSLATE_NOOP("Yike::Attributes", "Longitude")
                        : QT_TRANSLATE_NOOP("Yike::Attributes", "Latitude");
    c.editor = editable ? FieldEditor::Decimal : FieldEditor::ReadOnly;
    c.numeric = true;
    c.minimum = longitude ? -180.0 : -90.0;
    c.maximum = longitude ? 180.0 : 90.0;
    c.decimals = 6;
    c.value = [longitude](const F& f) {
        return QVariant(longitude ? f.position.lon : f.position.lat);
    };
    c.display = [longitude](const F& f) {
        return numberText(longitude ? f.position.lon : f.position.lat, 6);
    };
    if (!editable) {
        c.toolTip = [](const F&) { return AttributesTr::tr("Move it on the map to change it."); };
        return c;
    }
    const double lo = c.minimum;
    const double hi = c.maximum;
    const char* title = c.title;
    c.assign = [longitude, lo, hi, title](F& f, const QVariant& v) {
        const std::optional<double> n = numberFrom(v, lo, hi, 6);
        if (!n) return rangeError(QCoreApplication::translate(kContext, title), lo, hi, 6);
        (longitude ? f.position.lon : f.position.lat) = *n;
        return QString();
    };
    return c;
}

// ---- per-layer columns ---------------------------------------------------------------------------

std::vector<Column<Facility>> facilityColumns(const ProjectDocument* document) {
    std::vector<Column<Facility>> columns;
    columns.push_back(idColumn<Facility>());
    columns.push_back(textColumn<Facility>("name", QT_TRANSLATE_NOOP("Yike::Attributes", "Name"),
                                           &Facility::name));

    Column<Facility> category;
    category.key = "category";
    category.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Category");
    category.editor = FieldEditor::Choice;
    category.dependsOn = {Layer::Catalog};
    auto find = [document](const Facility& f) {
        return document->project().catalog().find(f.categoryCode);
    };
    category.value = [](const Facility& f) { return QString::fromStdString(f.categoryCode); };
    category.display = [find](const Facility& f) {
        const catalog::Category* c = find(f);
        return c != nullptr ? categoryName(*c) : QString::fromStdString(f.categoryCode);
    };
    category.toolTip = [find](const Facility& f) {
        const QString code = QString::fromStdString(f.categoryCode);
        if (find(f) == nullptr)
            return AttributesTr::tr("Code: %1 (not in the project's catalogue)").arg(code);
        return AttributesTr::tr("Code: %1").arg(code);
    };
    category.searchExtra = [find](const Facility& f) {
        QString text = QString::fromStdString(f.categoryCode);
        if (const catalog::Category* c = find(f))
            text += QLatin1Char(' ') + QString::fromStdString(c->nameZh) + QLatin1Char(' ')
                    + QString::fromStdString(c->nameEn);
        return text;
    };
    category.problem = [find](const Facility& f) { return find(f) == nullptr; };
    category.choices = [document, find](const Facility& f) {
        QVariantList list;
        for (const catalog::Category& c : document->project().catalog().categories())
            list << choice(QString::fromStdString(c.code), categoryName(c),
                           QString::fromStdString(c.code));
        if (find(f) == nullptr) {
            const QString code = QString::fromStdString(f.categoryCode);
            list << choice(code, AttributesTr::tr("%1 (not in the catalogue)").arg(code), code);
        }
        return list;
    };
    category.assign = [document](Facility& f, const QVariant& v) {
        const std::string code = v.toString().trimmed().toStdString();
        if (code != f.categoryCode && document->project().catalog().find(code) == nullptr)
            return AttributesTr::tr("“%1” is not a category of the project's catalogue.")
                .arg(QString::fromStdString(code));
        f.categoryCode = code;
        return QString();
    };
    columns.push_back(std::move(category));

    Column<Facility> status;
    status.key = "status";
    status.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Status");
    status.editor = FieldEditor::Choice;
    status.value = [](const Facility& f) { return QString::fromLatin1(project::toCode(f.status)); };
    status.display = [](const Facility& f) { return facilityStatusLabel(f.status); };
    status.searchExtra = [](const Facility& f) {
        return QString::fromLatin1(project::toCode(f.status));
    };
    status.choices = [](const Facility&) {
        QVariantList list;
        for (auto s : {project::FacilityStatus::Existing, project::FacilityStatus::Planned})
            list << choice(QString::fromLatin1(project::toCode(s)), facilityStatusLabel(s));
        return list;
    };
    status.assign = [](Facility& f, const QVariant& v) {
        const auto s = project::facilityStatusFromCode(v.toString().toStdString());
        if (!s) return AttributesTr::tr("“%1” is not a facility status.").arg(v.toString());
        f.status = *s;
        return QString();
    };
    columns.push_back(std::move(status));

    columns.push_back(coordinateColumn<Facility>(true, true));
    columns.push_back(coordinateColumn<Facility>(false, true));
    columns.push_back(textColumn<Facility>(
        "source", QT_TRANSLATE_NOOP("Yike::Attributes", "Source"), &Facility::source));

    Column<Facility> attributes;
    attributes.key = "attributes";
    attributes.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Attributes");
    attributes.editor = FieldEditor::MultilineText;
    attributes.value = [](const Facility& f) {
        return attributesText(f.attributes, QLatin1Char('\n'));
    };
    attributes.display = [](const Facility& f) {
        return attributesText(f.attributes, QLatin1Char(';'));
    };
    attributes.toolTip = [](const Facility& f) {
        return attributesText(f.attributes, QLatin1Char('\n'));
    };
    attributes.assign = [](Facility& f, const QVariant& v) {
        std::map<std::string, std::string> parsed;
        QString error = parseAttributes(v.toString(), parsed);
        if (error.isEmpty()) f.attributes = std::move(parsed);
        return error;
    };
    columns.push_back(std::move(attributes));
    return columns;
}

constexpr int kMaxPeople = 10'000'000;

/// The residents the walk analysis counts for each compound, worked out again (lazily) after the
/// project changed: the estimation ladder reads compounds, buildings, grids and settings.
class ResidentsCache {
public:
    explicit ResidentsCache(const ProjectDocument* document) : m_document(document) {}

    const access::CompoundResidents* of(project::FeatureId id) const {
        refresh();
        const auto found = m_index.find(id);
        return found == m_index.end() ? nullptr : &m_residents.compounds[found->second];
    }
    const access::Residents& all() const {
        refresh();
        return m_residents;
    }

private:
    void refresh() const {
        const project::Project& project = m_document->project();
        if (m_valid && m_revision == project.revision()) return;
        m_residents = access::locateResidents(project);
        m_index.clear();
        const auto& compounds = project.compounds().items();
        for (std::size_t k = 0; k < compounds.size(); ++k) m_index[compounds[k].id] = k;
        m_revision = project.revision();
        m_valid = true;
    }

    const ProjectDocument* m_document;
    mutable bool m_valid = false;
    mutable std::uint64_t m_revision = 0;
    mutable access::Residents m_residents;
    mutable std::unordered_map<project::FeatureId, std::size_t> m_index;
};

QString residentsSourceText(const access::CompoundResidents& r, const access::Residents& all,
                            const project::Project& project) {
    switch (r.source) {
    case access::ResidentsSource::Survey:
        return AttributesTr::tr("Survey");
    case access::ResidentsSource::Grid: {
        const project::PopulationGrid* grid =
            all.grid ? project.populationGrids().find(all.grid->gridId) : nullptr;
        return grid ? AttributesTr::tr("Population grid (%1)").arg(QString::fromStdString(grid->source))
                    : AttributesTr::tr("Population grid");
    }
    case access::ResidentsSource::FloorArea:
        return AttributesTr::tr("Estimated from floor area");
    case access::ResidentsSource::PlotRatio:
        return AttributesTr::tr("Estimated from land × plot ratio %1")
            .arg(numberText(r.plotRatio, 1));
    case access::ResidentsSource::None:
        break;
    }
    return AttributesTr::tr("Unknown");
}

std::vector<Column<Compound>> compoundColumns(const ProjectDocument* document) {
    std::vector<Column<Compound>> columns;
    columns.push_back(idColumn<Compound>());
    columns.push_back(textColumn<Compound>("name", QT_TRANSLATE_NOOP("Yike::Attributes", "Name"),
                                           &Compound::name));
    columns.push_back(integerColumn<Compound>("population",
                                              QT_TRANSLATE_NOOP("Yike::Attributes", "Population"),
                                              &Compound::population, 0, kMaxPeople));
    columns.push_back(integerColumn<Compound>(
        "residents60Plus", QT_TRANSLATE_NOOP("Yike::Attributes", "Residents 60+"),
        &Compound::residents60Plus, 0, kMaxPeople));
    columns.push_back(integerColumn<Compound>(
        "children0To14", QT_TRANSLATE_NOOP("Yike::Attributes", "Children 0–14"),
        &Compound::children0To14, 0, kMaxPeople));
    columns.push_back(integerColumn<Compound>("households",
                                              QT_TRANSLATE_NOOP("Yike::Attributes", "Households"),
                                              &Compound::households, 0, kMaxPeople));
    columns.push_back(booleanColumn<Compound>(
        "fenced", QT_TRANSLATE_NOOP("Yike::Attributes", "Fenced"), &Compound::fenced));

    Column<Compound> plotRatio = decimalColumn<Compound>(
        "plotRatio", QT_TRANSLATE_NOOP("Yike::Attributes", "Plot ratio"), &Compound::plotRatio,
        0.0, 20.0, 2);
    plotRatio.display = [](const Compound& c) {
        return c.plotRatio > 0.0 ? numberText(c.plotRatio, 2) : QString();
    };
    plotRatio.toolTip = [](const Compound&) {
        return AttributesTr::tr("Floor area ÷ land area (容积率), used to estimate the residents of "
                                "a compound without buildings or survey figures. Empty or 0: the "
                                "project's setting.");
    };
    columns.push_back(std::move(plotRatio));

    // What the walk analysis counts, and from what: read-only, worked out by the estimation
    // ladder from the survey, the population grid, the buildings and the plot ratio.
    auto cache = std::make_shared<ResidentsCache>(document);
    const std::vector<Layer> inputs{Layer::Compounds, Layer::Buildings, Layer::Population,
                                    Layer::Metadata};
    Column<Compound> counted;
    counted.key = "residentsCounted";
    counted.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Residents counted");
    counted.numeric = true;
    counted.dependsOn = inputs;
    counted.value = [cache](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        return QVariant::fromValue<qlonglong>(r ? r->population : 0);
    };
    counted.display = [cache](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        return r && r->source != access::ResidentsSource::None ? QLocale().toString(r->population)
                                                               : QString();
    };
    counted.toolTip = [cache](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        if (!r) return QString();
        return AttributesTr::tr("Aged 60+: %1; aged 0–14: %2")
            .arg(QLocale().toString(r->residents60Plus), QLocale().toString(r->children0To14));
    };
    columns.push_back(std::move(counted));

    Column<Compound> source;
    source.key = "residentsSource";
    source.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Counted from");
    source.dependsOn = inputs;
    source.display = [cache, document](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        return r ? residentsSourceText(*r, cache->all(), document->project()) : QString();
    };
    source.value = source.display;
    source.searchExtra = [cache](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        return r ? QString::fromLatin1(access::toCode(r->source)) : QString();
    };
    source.problem = [cache](const Compound& c) {
        const access::CompoundResidents* r = cache->of(c.id);
        return r && r->source == access::ResidentsSource::None;
    };
    columns.push_back(std::move(source));
    return columns;
}

QString compoundText(const Compound& c) {
    return c.name.empty() ? AttributesTr::tr("Compound %1").arg(c.id)
                          : QString::fromStdString(c.name);
}

std::vector<Column<Gate>> gateColumns(const ProjectDocument* document) {
    std::vector<Column<Gate>> columns;
    columns.push_back(idColumn<Gate>());
    columns.push_back(
        textColumn<Gate>("name", QT_TRANSLATE_NOOP("Yike::Attributes", "Name"), &Gate::name));

    Column<Gate> compound;
    compound.key = "compound";
    compound.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Compound");
    compound.editor = FieldEditor::Choice;
    compound.dependsOn = {Layer::Compounds};
    compound.value = [](const Gate& g) { return QVariant::fromValue<qlonglong>(g.compoundId); };
    compound.display = [document](const Gate& g) {
        const Compound* c = document->project().compounds().find(g.compoundId);
        return c != nullptr ? compoundText(*c) : AttributesTr::tr("Compound %1").arg(g.compoundId);
    };
    compound.toolTip = [](const Gate& g) {
        return AttributesTr::tr("Compound ID: %1").arg(g.compoundId);
    };
    compound.choices = [document](const Gate&) {
        QVariantList list;
        for (const Compound& c : document->project().compounds().items())
            list << choice(QVariant::fromValue<qlonglong>(c.id),
                           AttributesTr::tr("%1 (ID %2)").arg(compoundText(c)).arg(c.id));
        return list;
    };
    compound.assign = [document](Gate& g, const QVariant& v) {
        bool ok = false;
        const qlonglong id = v.toLongLong(&ok);
        if (!ok || document->project().compounds().find(id) == nullptr)
            return AttributesTr::tr("There is no compound with the ID %1.").arg(v.toString());
        g.compoundId = id;
        return QString();
    };
    columns.push_back(std::move(compound));

    Column<Gate> kind;
    kind.key = "kind";
    kind.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Kind");
    kind.editor = FieldEditor::Choice;
    kind.value = [](const Gate& g) { return QString::fromLatin1(project::toCode(g.kind)); };
    kind.display = [](const Gate& g) { return gateKindLabel(g.kind); };
    kind.searchExtra = [](const Gate& g) { return QString::fromLatin1(project::toCode(g.kind)); };
    kind.choices = [](const Gate&) {
        QVariantList list;
        for (auto k : {project::GateKind::Pedestrian, project::GateKind::Vehicle})
            list << choice(QString::fromLatin1(project::toCode(k)), gateKindLabel(k));
        return list;
    };
    kind.assign = [](Gate& g, const QVariant& v) {
        const auto k = project::gateKindFromCode(v.toString().toStdString());
        if (!k) return AttributesTr::tr("“%1” is not a gate kind.").arg(v.toString());
        g.kind = *k;
        return QString();
    };
    columns.push_back(std::move(kind));

    Column<Gate> hours = textColumn<Gate>(
        "openHours", QT_TRANSLATE_NOOP("Yike::Attributes", "Opening hours"), &Gate::openHours);
    hours.toolTip = [](const Gate&) {
        return AttributesTr::tr("24/7, closed, or ranges such as 06:00-22:00; empty means always "
                                "open.");
    };
    hours.assign = [](Gate& g, const QVariant& v) {
        const QString text = v.toString().simplified();
        // Text the walk analysis could not read would silently count as "always open".
        if (!project::gateOpenAt(text.toStdString(), 0).has_value())
            return AttributesTr::tr("“%1” is not understood as opening hours. Use 24/7, closed, "
                                    "or ranges such as 06:00-22:00, 07:00-09:00.")
                .arg(text);
        g.openHours = text.toStdString();
        return QString();
    };
    columns.push_back(std::move(hours));
    columns.push_back(coordinateColumn<Gate>(true, false));
    columns.push_back(coordinateColumn<Gate>(false, false));
    return columns;
}

/// The categories an idle space is proposed for, by name in the interface language (the code
/// where the catalogue no longer has it), joined as the language lists things.
QString proposalText(const IdleSpace& s, const catalog::Catalog& catalog) {
    QStringList names;
    for (const std::string& code : s.proposedFor) {
        const catalog::Category* c = catalog.find(code);
        names << (c != nullptr ? categoryName(*c) : QString::fromStdString(code));
    }
    return names.join(chineseInterface() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString proposalCodes(const IdleSpace& s, const QString& separator) {
    QStringList codes;
    for (const std::string& code : s.proposedFor) codes << QString::fromStdString(code);
    return codes.join(separator);
}

std::vector<Column<IdleSpace>> idleSpaceColumns(const ProjectDocument* document) {
    std::vector<Column<IdleSpace>> columns;
    columns.push_back(idColumn<IdleSpace>());
    columns.push_back(textColumn<IdleSpace>(
        "name", QT_TRANSLATE_NOOP("Yike::Attributes", "Name"), &IdleSpace::name));

    Column<IdleSpace> kind;
    kind.key = "kind";
    kind.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Kind");
    kind.editor = FieldEditor::Choice;
    kind.value = [](const IdleSpace& s) { return QString::fromLatin1(project::toCode(s.kind)); };
    kind.display = [](const IdleSpace& s) { return idleSpaceKindText(s.kind); };
    kind.searchExtra = [](const IdleSpace& s) {
        return QString::fromLatin1(project::toCode(s.kind));
    };
    kind.choices = [](const IdleSpace&) {
        QVariantList list;
        for (project::IdleSpaceKind k : project::allIdleSpaceKinds())
            list << choice(QString::fromLatin1(project::toCode(k)), idleSpaceKindText(k));
        return list;
    };
    kind.assign = [](IdleSpace& s, const QVariant& v) {
        const auto k = project::idleSpaceKindFromCode(v.toString().toStdString());
        if (!k) return AttributesTr::tr("“%1” is not a kind of idle space.").arg(v.toString());
        s.kind = *k;
        return QString();
    };
    columns.push_back(std::move(kind));

    columns.push_back(decimalColumn<IdleSpace>(
        "floorAreaM2", QT_TRANSLATE_NOOP("Yike::Attributes", "Floor area (m²)"),
        &IdleSpace::floorAreaM2, 0.0, 1.0e7, 1));
    columns.push_back(integerColumn<IdleSpace>(
        "storey", QT_TRANSLATE_NOOP("Yike::Attributes", "Storey"), &IdleSpace::storey, -10, 200));
    columns.push_back(textColumn<IdleSpace>(
        "owner", QT_TRANSLATE_NOOP("Yike::Attributes", "Owner"), &IdleSpace::owner));
    columns.push_back(decimalColumn<IdleSpace>(
        "estimatedCostYuan", QT_TRANSLATE_NOOP("Yike::Attributes", "Estimated cost (yuan)"),
        &IdleSpace::estimatedCostYuan, 0.0, 1.0e12, 0));
    columns.push_back(textColumn<IdleSpace>(
        "notes", QT_TRANSLATE_NOOP("Yike::Attributes", "Notes"), &IdleSpace::notes, true));
    columns.push_back(booleanColumn<IdleSpace>(
        "hasLift", QT_TRANSLATE_NOOP("Yike::Attributes", "Lift"), &IdleSpace::hasLift));

    // Filled by accepting a proposal, not typed here.
    Column<IdleSpace> proposed;
    proposed.key = "proposedFor";
    proposed.title = QT_TRANSLATE_NOOP("Yike::Attributes", "Proposed for");
    proposed.dependsOn = {Layer::Catalog};
    proposed.display = [document](const IdleSpace& s) {
        return proposalText(s, document->project().catalog());
    };
    proposed.value = proposed.display;
    proposed.toolTip = [](const IdleSpace& s) {
        return s.proposedFor.empty()
                   ? QString()
                   : AttributesTr::tr("Codes: %1").arg(proposalCodes(s, QStringLiteral(", ")));
    };
    proposed.searchExtra = [](const IdleSpace& s) {
        return proposalCodes(s, QStringLiteral(" "));
    };
    columns.push_back(std::move(proposed));
    columns.push_back(coordinateColumn<IdleSpace>(true, false));
    columns.push_back(coordinateColumn<IdleSpace>(false, false));
    return columns;
}

const project::FeatureCollection<Facility>& collectionOf(const project::Project& p, const Facility*) {
    return p.facilities();
}
const project::FeatureCollection<Compound>& collectionOf(const project::Project& p, const Compound*) {
    return p.compounds();
}
const project::FeatureCollection<Gate>& collectionOf(const project::Project& p, const Gate*) {
    return p.gates();
}
const project::FeatureCollection<IdleSpace>& collectionOf(const project::Project& p,
                                                          const IdleSpace*) {
    return p.idleSpaces();
}

/// The table of one layer: the columns above over the layer's FeatureCollection.
template <typename F>
class LayerTableModel final : public FeatureTableModel {
public:
    LayerTableModel(ProjectDocument* document, Layer layer, std::vector<Column<F>> columns,
                    QObject* parent)
        : FeatureTableModel(document, layer, parent), m_columns(std::move(columns)) {
        reload();
    }

protected:
    int fieldCount() const override { return static_cast<int>(m_columns.size()); }
    QString keyOf(int column) const override {
        return QString::fromLatin1(m_columns[static_cast<std::size_t>(column)].key);
    }
    QString titleOf(int column) const override {
        return m_columns[static_cast<std::size_t>(column)].translatedTitle();
    }

    FieldEditor editorOf(int column) const override {
        const Column<F>& c = m_columns[static_cast<std::size_t>(column)];
        return c.assign ? c.editor : FieldEditor::ReadOnly;
    }

    QVariant cellData(int row, int column, int role) const override {
        const F* f = featureAt(row);
        if (f == nullptr) return {};
        const Column<F>& c = m_columns[static_cast<std::size_t>(column)];
        switch (role) {
            case Qt::DisplayRole:
                return c.editor == FieldEditor::Boolean ? QVariant() : QVariant(c.display(*f));
            case Qt::EditRole: return c.value(*f);
            case Qt::CheckStateRole:
                if (c.editor != FieldEditor::Boolean) return {};
                return static_cast<int>(c.value(*f).toBool() ? Qt::Checked : Qt::Unchecked);
            case Qt::ToolTipRole: return c.toolTip ? QVariant(c.toolTip(*f)) : QVariant();
            case Qt::TextAlignmentRole:
                return c.numeric ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                 : QVariant();
            case Qt::ForegroundRole:
                return c.problem && c.problem(*f) ? QVariant(QBrush(QColor(0xc0, 0x20, 0x20)))
                                                  : QVariant();
            case SortRole:
                if (c.numeric) return c.value(*f);
                if (c.editor == FieldEditor::Boolean) return c.value(*f).toBool() ? 1 : 0;
                return c.display(*f);
            case SearchRole: {
                QString text = c.display(*f);
                if (c.searchExtra) text += QLatin1Char(' ') + c.searchExtra(*f);
                return text;
            }
            case FeatureIdRole: return QVariant::fromValue<qlonglong>(f->id);
            case EditorRole: return static_cast<int>(editorOf(column));
            case ChoicesRole: return c.choices ? QVariant(c.choices(*f)) : QVariant();
            case MinimumRole: return c.numeric ? QVariant(c.minimum) : QVariant();
            case MaximumRole: return c.numeric ? QVariant(c.maximum) : QVariant();
            case DecimalsRole: return c.numeric ? QVariant(c.decimals) : QVariant();
            default: return {};
        }
    }

    Qt::ItemFlags cellFlags(int column) const override {
        const Column<F>& c = m_columns[static_cast<std::size_t>(column)];
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
        if (c.assign) {
            flags |= Qt::ItemIsEditable;
            if (c.editor == FieldEditor::Boolean) flags |= Qt::ItemIsUserCheckable;
        }
        return flags;
    }

    bool setCellData(int row, int column, const QVariant& value, int role) override {
        const Column<F>& c = m_columns[static_cast<std::size_t>(column)];
        const F* current = featureAt(row);
        if (!c.assign || current == nullptr) return false;
        QVariant v = value;
        if (role == Qt::CheckStateRole && c.editor == FieldEditor::Boolean)
            v = value.toInt() == static_cast<int>(Qt::Checked);
        else if (role != Qt::EditRole)
            return false;
        F edited = *current;
        const QString error = c.assign(edited, v);
        if (!error.isEmpty()) {
            Q_EMIT editRejected(error);
            return false;
        }
        if (edited == *current) return true;  // nothing to undo
        try {
            document()->undoStack()->push(
                new UpdateFeature<F>(*document(), std::move(edited), c.translatedTitle()));
        } catch (const std::exception& e) {
            Q_EMIT editRejected(AttributesTr::tr("The change could not be made: %1")
                                    .arg(QString::fromUtf8(e.what())));
            return false;
        }
        return true;
    }

    std::vector<project::FeatureId> projectIds() const override {
        std::vector<project::FeatureId> ids;
        const auto& items = collection().items();
        ids.reserve(items.size());
        for (const F& f : items) ids.push_back(f.id);
        return ids;
    }

    int projectIndexOf(project::FeatureId id) const override {
        const auto& items = collection().items();
        // New features are appended; look at the end first.
        if (!items.empty() && items.back().id == id) return static_cast<int>(items.size()) - 1;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].id == id) return static_cast<int>(i);
        return -1;
    }

    std::vector<int> columnsDependingOn(Layer other) const override {
        std::vector<int> result;
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            if (std::find(m_columns[i].dependsOn.begin(), m_columns[i].dependsOn.end(), other)
                != m_columns[i].dependsOn.end())
                result.push_back(static_cast<int>(i));
        return result;
    }

private:
    const project::FeatureCollection<F>& collection() const {
        return collectionOf(document()->project(), static_cast<const F*>(nullptr));
    }

    // The rows follow the project's order, so row i is normally item i; while the project is
    // ahead of this model (inside a change notification) the id decides.
    const F* featureAt(int row) const {
        if (row < 0 || static_cast<std::size_t>(row) >= m_ids.size()) return nullptr;
        const project::FeatureId id = m_ids[static_cast<std::size_t>(row)];
        const auto& items = collection().items();
        const auto i = static_cast<std::size_t>(row);
        if (i < items.size() && items[i].id == id) return &items[i];
        return collection().find(id);
    }

    std::vector<Column<F>> m_columns;
};

}  // namespace

// ---- FeatureTableModel -----------------------------------------------------------------------

FeatureTableModel* FeatureTableModel::create(ProjectDocument* document, Layer layer,
                                             QObject* parent) {
    switch (layer) {
        case Layer::Facilities:
            return new LayerTableModel<Facility>(document, layer, facilityColumns(document),
                                                 parent);
        case Layer::Compounds:
            return new LayerTableModel<Compound>(document, layer, compoundColumns(document), parent);
        case Layer::Gates:
            return new LayerTableModel<Gate>(document, layer, gateColumns(document), parent);
        case Layer::IdleSpaces:
            return new LayerTableModel<IdleSpace>(document, layer, idleSpaceColumns(document),
                                                  parent);
        default:
            return nullptr;
    }
}

const std::vector<Layer>& FeatureTableModel::editableLayers() {
    static const std::vector<Layer> layers{Layer::Facilities, Layer::Compounds, Layer::Gates,
                                           Layer::IdleSpaces};
    return layers;
}

FeatureTableModel::FeatureTableModel(ProjectDocument* document, Layer layer, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_layer(layer) {
    connect(document, &ProjectDocument::projectReplaced, this, [this] { reset(); });
    connect(document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) { onProjectChanged(event); });
}

FeatureTableModel::~FeatureTableModel() = default;

void FeatureTableModel::reload() {
    m_ids = projectIds();
}

void FeatureTableModel::reset() {
    beginResetModel();
    reload();
    endResetModel();
}

void FeatureTableModel::onProjectChanged(const project::ChangeEvent& event) {
    using Kind = project::ChangeEvent::Kind;
    if (event.layer != m_layer) {
        const int rows = rowCount();
        if (rows == 0) return;
        for (int column : columnsDependingOn(event.layer))
            Q_EMIT dataChanged(index(0, column), index(rows - 1, column));
        return;
    }
    switch (event.kind) {
        case Kind::Added: {
            const int at = projectIndexOf(event.id);
            if (at < 0 || at > rowCount() || rowOf(event.id) >= 0) {
                reset();  // out of step with the layer: start again from it
                return;
            }
            beginInsertRows(QModelIndex(), at, at);
            m_ids.insert(m_ids.begin() + at, event.id);
            endInsertRows();
            break;
        }
        case Kind::Changed: {
            const int row = rowOf(event.id);
            if (row < 0) {
                reset();
                return;
            }
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            break;
        }
        case Kind::Removed: {
            const int row = rowOf(event.id);
            if (row < 0) return;
            beginRemoveRows(QModelIndex(), row, row);
            m_ids.erase(m_ids.begin() + row);
            endRemoveRows();
            break;
        }
        case Kind::Reset:
            reset();
            break;
    }
}

project::FeatureId FeatureTableModel::idAt(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_ids.size()) return 0;
    return m_ids[static_cast<std::size_t>(row)];
}

int FeatureTableModel::rowOf(project::FeatureId id) const {
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        if (m_ids[i] == id) return static_cast<int>(i);
    return -1;
}

QString FeatureTableModel::fieldKey(int column) const {
    return column >= 0 && column < fieldCount() ? keyOf(column) : QString();
}

int FeatureTableModel::columnOf(QStringView key) const {
    for (int c = 0; c < fieldCount(); ++c)
        if (keyOf(c) == key) return c;
    return -1;
}

QString FeatureTableModel::fieldTitle(int column) const {
    return column >= 0 && column < fieldCount() ? titleOf(column) : QString();
}

FieldEditor FeatureTableModel::fieldEditor(int column) const {
    return column >= 0 && column < fieldCount() ? editorOf(column) : FieldEditor::ReadOnly;
}

void FeatureTableModel::retranslate() {
    if (fieldCount() > 0) Q_EMIT headerDataChanged(Qt::Horizontal, 0, fieldCount() - 1);
    if (rowCount() > 0 && fieldCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, fieldCount() - 1));
}

int FeatureTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int FeatureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : fieldCount();
}

QVariant FeatureTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index.row(), index.column(), role);
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= fieldCount()) return {};
    switch (role) {
        case Qt::DisplayRole: return titleOf(section);
        case Qt::ToolTipRole: return titleOf(section);
        default: return {};
    }
}

Qt::ItemFlags FeatureTableModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return cellFlags(index.column());
}

bool FeatureTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setCellData(index.row(), index.column(), value, role);
}

}  // namespace yike::ui
