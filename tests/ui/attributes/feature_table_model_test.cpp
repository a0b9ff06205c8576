// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/feature_table_model.h"

#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QVariantMap>

#include "core/sample/sample_district.h"
#include "tests/ui/attributes/attribute_fixture.h"
#include "ui/attributes/feature_filter_model.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/remove_features.h"
#include "ui/commands/update_feature.h"

namespace yike::ui {
namespace {

using project::Layer;

class FeatureTableModelTest : public test::AttributeFixture {
protected:
    std::unique_ptr<FeatureTableModel> make(Layer layer) {
        std::unique_ptr<FeatureTableModel> model(FeatureTableModel::create(document.get(), layer));
        // Fatal mode: any broken model invariant aborts the test.
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        return model;
    }

    static QModelIndex cell(const FeatureTableModel& model, project::FeatureId id,
                            const char* key) {
        return model.index(model.rowOf(id), model.columnOf(QString::fromLatin1(key)));
    }

    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(FeatureTableModelTest, OnlyEditableLayersHaveModels) {
    for (Layer layer : FeatureTableModel::editableLayers()) {
        auto model = make(layer);
        ASSERT_NE(model, nullptr);
        EXPECT_EQ(model->layer(), layer);
        EXPECT_EQ(model->fieldKey(0), QStringLiteral("id"));
        EXPECT_EQ(model->fieldEditor(0), FieldEditor::ReadOnly);
    }
    EXPECT_EQ(FeatureTableModel::create(document.get(), Layer::Streets), nullptr);
}

TEST_F(FeatureTableModelTest, RowsFollowTheProjectAndShowTheFields) {
    auto model = make(Layer::Facilities);
    ASSERT_EQ(model->rowCount(), static_cast<int>(project().facilities().size()));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->idAt(row), project().facilities().items()[static_cast<std::size_t>(row)].id);
    EXPECT_EQ(cell(*model, pharmacy, "name").data().toString(), QStringLiteral("药店"));
    // Category: English name in an English interface, code in the tooltip.
    const QModelIndex category = cell(*model, pharmacy, "category");
    EXPECT_EQ(category.data().toString(),
              QString::fromStdString(project().catalog().find("pharmacy")->nameEn));
    EXPECT_TRUE(category.data(Qt::ToolTipRole).toString().contains(QStringLiteral("pharmacy")));
    EXPECT_EQ(category.data(Qt::EditRole).toString(), QStringLiteral("pharmacy"));
    EXPECT_EQ(cell(*model, pharmacy, "status").data().toString(), QStringLiteral("Existing"));
    EXPECT_FALSE(model->flags(cell(*model, pharmacy, "id")).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model->flags(cell(*model, pharmacy, "name")).testFlag(Qt::ItemIsEditable));
    // Numbers are right-aligned.
    EXPECT_EQ(cell(*model, pharmacy, "lon").data(Qt::TextAlignmentRole).toInt(),
              static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_FALSE(cell(*model, pharmacy, "name").data(Qt::TextAlignmentRole).isValid());

    auto compounds = make(Layer::Compounds);
    const QModelIndex population = cell(*compounds, sunshine, "population");
    EXPECT_EQ(population.data().toString(), QStringLiteral("1,200"));
    EXPECT_EQ(population.data(Qt::EditRole).toInt(), 1200);
    EXPECT_EQ(population.data(FeatureTableModel::EditorRole).toInt(),
              static_cast<int>(FieldEditor::Integer));
    const QModelIndex fenced = cell(*compounds, sunshine, "fenced");
    EXPECT_EQ(fenced.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Checked));
    EXPECT_TRUE(compounds->flags(fenced).testFlag(Qt::ItemIsUserCheckable));

    auto gates = make(Layer::Gates);
    EXPECT_EQ(cell(*gates, southGate, "compound").data().toString(), QStringLiteral("阳光小区"));
    EXPECT_EQ(cell(*gates, southGate, "kind").data().toString(), QStringLiteral("Pedestrian"));
    EXPECT_FALSE(gates->flags(cell(*gates, southGate, "lon")).testFlag(Qt::ItemIsEditable));

    auto spaces = make(Layer::IdleSpaces);
    EXPECT_EQ(cell(*spaces, boilerRoom, "kind").data().toString(),
              QStringLiteral("Disused boiler room"));
    EXPECT_EQ(cell(*spaces, boilerRoom, "floorAreaM2").data().toString(), QStringLiteral("85.0"));
}

TEST_F(FeatureTableModelTest, CategoryNamesFollowTheInterfaceLanguage) {
    auto model = make(Layer::Facilities);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    model->retranslate();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(cell(*model, pharmacy, "category").data().toString(), QStringLiteral("药店"));
}

TEST_F(FeatureTableModelTest, SetDataPushesOneUndoableCommandPerEdit) {
    auto model = make(Layer::Compounds);
    const project::Compound before = *project().compounds().find(sunshine);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    ASSERT_TRUE(model->setData(cell(*model, sunshine, "population"), 2500));
    EXPECT_EQ(project().compounds().find(sunshine)->population, 2500);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Set Population of “阳光小区”"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), model->rowOf(sunshine));

    ASSERT_TRUE(model->setData(cell(*model, sunshine, "population"), 2600));
    EXPECT_EQ(stack().count(), 2);  // no merging: one edit, one step

    ASSERT_TRUE(model->setData(cell(*model, sunshine, "fenced"), static_cast<int>(Qt::Unchecked),
                               Qt::CheckStateRole));
    EXPECT_FALSE(project().compounds().find(sunshine)->fenced);

    // The same value again changes nothing and adds no step.
    ASSERT_TRUE(model->setData(cell(*model, sunshine, "population"), 2600));
    EXPECT_EQ(stack().count(), 3);

    while (stack().canUndo()) stack().undo();
    EXPECT_EQ(*project().compounds().find(sunshine), before);
    EXPECT_EQ(cell(*model, sunshine, "population").data(Qt::EditRole).toInt(), 1200);
    EXPECT_EQ(reset.count(), 0);  // single changes never reset the model
}

TEST_F(FeatureTableModelTest, BadValuesAreRefusedWithAMessageAndChangeNothing) {
    auto compounds = make(Layer::Compounds);
    QSignalSpy rejected(compounds.get(), &FeatureTableModel::editRejected);
    const project::Project before = project();
    EXPECT_FALSE(compounds->setData(cell(*compounds, sunshine, "population"), -5));
    EXPECT_FALSE(compounds->setData(cell(*compounds, sunshine, "population"), 12.5));
    EXPECT_FALSE(compounds->setData(cell(*compounds, sunshine, "population"), QStringLiteral("many")));
    ASSERT_EQ(rejected.count(), 3);
    EXPECT_EQ(rejected.at(0).at(0).toString(),
              QStringLiteral("Population must be a whole number from 0 to 10,000,000."));
    // A read-only field cannot be written.
    EXPECT_FALSE(compounds->setData(cell(*compounds, sunshine, "id"), 77));

    auto facilities = make(Layer::Facilities);
    QSignalSpy facilityRejected(facilities.get(), &FeatureTableModel::editRejected);
    EXPECT_FALSE(facilities->setData(cell(*facilities, pharmacy, "category"),
                                     QStringLiteral("no_such_category")));
    EXPECT_FALSE(facilities->setData(cell(*facilities, pharmacy, "attributes"),
                                     QStringLiteral("opening_hours=Mo-Fr 08:00-20:00\nbroken line")));
    EXPECT_FALSE(facilities->setData(cell(*facilities, pharmacy, "lat"), 95.0));
    ASSERT_EQ(facilityRejected.count(), 3);
    EXPECT_TRUE(facilityRejected.at(0).at(0).toString().contains(QStringLiteral("no_such_category")));
    EXPECT_TRUE(facilityRejected.at(1).at(0).toString().contains(QStringLiteral("broken line")));

    auto gates = make(Layer::Gates);
    QSignalSpy gateRejected(gates.get(), &FeatureTableModel::editRejected);
    EXPECT_FALSE(gates->setData(cell(*gates, southGate, "openHours"), QStringLiteral("mornings")));
    EXPECT_FALSE(gates->setData(cell(*gates, southGate, "compound"), 4242));
    EXPECT_EQ(gateRejected.count(), 2);

    EXPECT_TRUE(project().sameContent(before));
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(FeatureTableModelTest, CompoundsShowTheResidentsCountedAndHowTheyWereCounted) {
    auto model = make(Layer::Compounds);
    const auto text = [&](project::FeatureId id, const char* key) {
        return model->data(cell(*model, id, key)).toString();
    };
    EXPECT_EQ(text(sunshine, "residentsCounted"), QStringLiteral("1,200"));
    EXPECT_EQ(text(sunshine, "residentsSource"), QStringLiteral("Survey"));
    EXPECT_EQ(model->fieldEditor(model->columnOf(u"residentsSource")), FieldEditor::ReadOnly);
    EXPECT_EQ(text(sunshine, "plotRatio"), QString()) << "0: the project's setting";

    // Without its survey figures the compound (no buildings) is counted from its land.
    ASSERT_TRUE(model->setData(cell(*model, sunshine, "population"), 0));
    ASSERT_TRUE(model->setData(cell(*model, sunshine, "residents60Plus"), 0));
    EXPECT_EQ(text(sunshine, "residentsSource"), QStringLiteral("Estimated from land × plot ratio 2.0"));
    const qlonglong fromLand = model->data(cell(*model, sunshine, "residentsCounted"), Qt::EditRole).toLongLong();
    EXPECT_GT(fromLand, 0);

    // Its own plot ratio is one undoable edit and changes the count.
    ASSERT_TRUE(model->setData(cell(*model, sunshine, "plotRatio"), 3.0));
    EXPECT_EQ(text(sunshine, "plotRatio"), QStringLiteral("3.00"));
    EXPECT_EQ(text(sunshine, "residentsSource"), QStringLiteral("Estimated from land × plot ratio 3.0"));
    EXPECT_NEAR(model->data(cell(*model, sunshine, "residentsCounted"), Qt::EditRole).toDouble(),
                1.5 * double(fromLand), 1.0);
    EXPECT_FALSE(model->setData(cell(*model, sunshine, "plotRatio"), 25.0)) << "out of range";
    document->undoStack()->undo();
    EXPECT_EQ(text(sunshine, "plotRatio"), QString());
}

TEST_F(FeatureTableModelTest, ChoiceFieldsOfferTheCatalogueKindsAndCompounds) {
    auto facilities = make(Layer::Facilities);
    const QVariantList categories =
        cell(*facilities, pharmacy, "category").data(FeatureTableModel::ChoicesRole).toList();
    EXPECT_EQ(categories.size(), static_cast<qsizetype>(project().catalog().size()));
    ASSERT_TRUE(facilities->setData(cell(*facilities, pharmacy, "category"),
                                    QStringLiteral("community_health_station")));
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "community_health_station");
    ASSERT_TRUE(facilities->setData(cell(*facilities, pharmacy, "status"), QStringLiteral("planned")));
    EXPECT_EQ(project().facilities().find(pharmacy)->status, project::FacilityStatus::Planned);
    ASSERT_TRUE(facilities->setData(cell(*facilities, pharmacy, "attributes"),
                                    QStringLiteral("opening_hours=Mo-Fr 08:00-20:00; Sa 09:00-12:00\n"
                                                   "phone = 010-1234")));
    const auto& attributes = project().facilities().find(pharmacy)->attributes;
    ASSERT_EQ(attributes.size(), 2u);
    EXPECT_EQ(attributes.at("opening_hours"), "Mo-Fr 08:00-20:00; Sa 09:00-12:00");
    EXPECT_EQ(attributes.at("phone"), "010-1234");

    auto gates = make(Layer::Gates);
    const QVariantList compounds =
        cell(*gates, southGate, "compound").data(FeatureTableModel::ChoicesRole).toList();
    EXPECT_EQ(compounds.size(), 2);
    ASSERT_TRUE(gates->setData(cell(*gates, southGate, "compound"), QVariant::fromValue<qlonglong>(peace)));
    EXPECT_EQ(project().gates().find(southGate)->compoundId, peace);
    EXPECT_EQ(cell(*gates, southGate, "compound").data().toString(), QStringLiteral("和平里"));
    ASSERT_TRUE(gates->setData(cell(*gates, southGate, "kind"), QStringLiteral("vehicle")));
    ASSERT_TRUE(gates->setData(cell(*gates, southGate, "openHours"), QStringLiteral("06:00-22:00")));
    EXPECT_EQ(project().gates().find(southGate)->openHours, "06:00-22:00");

    auto spaces = make(Layer::IdleSpaces);
    const QVariantList kinds =
        cell(*spaces, boilerRoom, "kind").data(FeatureTableModel::ChoicesRole).toList();
    EXPECT_EQ(kinds.size(), static_cast<qsizetype>(project::allIdleSpaceKinds().size()));
    ASSERT_TRUE(spaces->setData(cell(*spaces, boilerRoom, "kind"), QStringLiteral("warehouse")));
    ASSERT_TRUE(spaces->setData(cell(*spaces, boilerRoom, "storey"), -1));
    ASSERT_TRUE(spaces->setData(cell(*spaces, boilerRoom, "estimatedCostYuan"), 350000.0));
    const project::IdleSpace& s = *project().idleSpaces().find(boilerRoom);
    EXPECT_EQ(s.kind, project::IdleSpaceKind::Warehouse);
    EXPECT_EQ(s.storey, -1);
    EXPECT_DOUBLE_EQ(s.estimatedCostYuan, 350000.0);
}

TEST_F(FeatureTableModelTest, IdleSpacesShowTheLiftAndWhatTheyAreProposedFor) {
    project::IdleSpace space = *project().idleSpaces().find(boilerRoom);
    space.proposedFor = {"pharmacy", "community_health_station", "gone_category"};
    project().updateIdleSpace(space);
    auto spaces = make(Layer::IdleSpaces);

    const QModelIndex lift = cell(*spaces, boilerRoom, "hasLift");
    ASSERT_TRUE(lift.isValid());
    EXPECT_EQ(spaces->fieldTitle(lift.column()), QStringLiteral("Lift"));
    EXPECT_EQ(spaces->fieldEditor(lift.column()), FieldEditor::Boolean);
    EXPECT_EQ(lift.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Unchecked));
    EXPECT_TRUE(spaces->flags(lift).testFlag(Qt::ItemIsUserCheckable));
    ASSERT_TRUE(spaces->setData(lift, static_cast<int>(Qt::Checked), Qt::CheckStateRole));
    EXPECT_TRUE(project().idleSpaces().find(boilerRoom)->hasLift);
    EXPECT_EQ(lift.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Checked));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Set Lift of “锅炉房”"));

    // Proposals are shown by name, read-only: accepting a proposal sets them.
    const QModelIndex proposed = cell(*spaces, boilerRoom, "proposedFor");
    ASSERT_TRUE(proposed.isValid());
    EXPECT_EQ(spaces->fieldTitle(proposed.column()), QStringLiteral("Proposed for"));
    EXPECT_EQ(spaces->fieldEditor(proposed.column()), FieldEditor::ReadOnly);
    EXPECT_FALSE(spaces->flags(proposed).testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(proposed.data().toString(),
              QStringLiteral("Pharmacy, Community health service station, gone_category"));
    EXPECT_EQ(proposed.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Codes: pharmacy, community_health_station, gone_category"));
    EXPECT_TRUE(proposed.data(FeatureTableModel::SearchRole)
                    .toString()
                    .contains(QStringLiteral("community_health_station")));
    EXPECT_FALSE(spaces->setData(proposed, QStringLiteral("cafe")));
    EXPECT_EQ(stack().count(), 1);

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    spaces->retranslate();
    EXPECT_EQ(proposed.data().toString(), QStringLiteral("药店、社区卫生服务站、gone_category"));

    stack().undo();
    EXPECT_FALSE(project().idleSpaces().find(boilerRoom)->hasLift);
    EXPECT_EQ(project().idleSpaces().find(boilerRoom)->proposedFor.size(), 3u);
}

TEST_F(FeatureTableModelTest, AddRemoveAndUndoGiveFineGrainedRowSignals) {
    auto model = make(Layer::Facilities);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    const int rows = model->rowCount();

    project::Facility f;
    f.name = "新药店";
    f.categoryCode = "pharmacy";
    auto* add = new AddFacility(*document, f);
    stack().push(add);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model->rowCount(), rows + 1);
    EXPECT_EQ(model->idAt(rows), add->featureId());

    const int convenienceRow = model->rowOf(convenience);
    stack().push(new RemoveFeatures(*document, {{Layer::Facilities, convenience}}));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model->rowOf(convenience), -1);
    stack().undo();  // the facility comes back where it was in the layer
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(model->rowOf(convenience), convenienceRow);
    stack().undo();
    EXPECT_EQ(removed.count(), 2);
    EXPECT_EQ(model->rowCount(), rows);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->idAt(row), project().facilities().items()[static_cast<std::size_t>(row)].id);
    EXPECT_EQ(reset.count(), 0);

    // Catalogue changes refresh the category column only.
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    project().setCatalog(catalog::Catalog{});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), model->columnOf(u"category"));
    EXPECT_EQ(cell(*model, pharmacy, "category").data().toString(), QStringLiteral("pharmacy"));
    EXPECT_TRUE(cell(*model, pharmacy, "category").data(Qt::ForegroundRole).isValid());

    // Replacing the project resets.
    ASSERT_TRUE(document->loadSample());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model->rowCount(), static_cast<int>(project().facilities().size()));
}

TEST_F(FeatureTableModelTest, GateTableFollowsCompoundRenames) {
    auto gates = make(Layer::Gates);
    auto compounds = make(Layer::Compounds);
    QSignalSpy changed(gates.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(compounds->setData(cell(*compounds, sunshine, "name"), QStringLiteral("朝阳小区")));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(cell(*gates, southGate, "compound").data().toString(), QStringLiteral("朝阳小区"));
}

TEST_F(FeatureTableModelTest, SearchFindsChineseTextCodesAndBothNames) {
    auto model = make(Layer::Facilities);
    FeatureFilterModel filter;
    filter.setSourceModel(model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto shownIds = [&filter, &model] {
        std::vector<project::FeatureId> ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.push_back(model->idAt(filter.mapToSource(filter.index(row, 0)).row()));
        return ids;
    };
    filter.setSearchText(QStringLiteral("卫生"));
    EXPECT_EQ(shownIds(), std::vector<project::FeatureId>{healthStation});
    filter.setSearchText(QStringLiteral("PHARMACY"));  // the code, any case
    EXPECT_EQ(shownIds(), std::vector<project::FeatureId>{pharmacy});
    // The Chinese category name matches in an English interface.
    filter.setSearchText(QString::fromStdString(project().catalog().find("supermarket")->nameZh));
    EXPECT_EQ(shownIds(), std::vector<project::FeatureId>{supermarket});
    filter.setSearchText(QStringLiteral("便利　阿里"));  // every word, ideographic space
    EXPECT_EQ(shownIds(), std::vector<project::FeatureId>{convenience});
    filter.setSearchText(QStringLiteral("便利 北京"));
    EXPECT_TRUE(shownIds().empty());
    filter.setSearchText({});
    EXPECT_EQ(filter.rowCount(), model->rowCount());

    // An edit that makes a row match shows it.
    filter.setSearchText(QStringLiteral("卫生"));
    ASSERT_TRUE(model->setData(cell(*model, pharmacy, "name"), QStringLiteral("卫生药店")));
    EXPECT_EQ(filter.rowCount(), 2);
}

TEST_F(FeatureTableModelTest, SortsChineseByPinyinAndNumbersByValue) {
    auto model = make(Layer::Facilities);
    FeatureFilterModel filter;
    filter.setSourceModel(model.get());
    filter.sort(model->columnOf(u"name"), Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << filter.index(row, model->columnOf(u"name")).data().toString();
    // 阿 (a) < 北 (bei) < 社 (she) < 药 (yao) < 中 (zhong); code-point order differs.
    EXPECT_EQ(names, (QStringList{QStringLiteral("阿里便利店"), QStringLiteral("北京超市"),
                                  QStringLiteral("社区卫生服务站"), QStringLiteral("药店"),
                                  QStringLiteral("中心幼儿园")}));

    auto compounds = make(Layer::Compounds);
    FeatureFilterModel byNumber;
    byNumber.setSourceModel(compounds.get());
    byNumber.sort(compounds->columnOf(u"population"), Qt::AscendingOrder);
    // 800 before 1,200, although the text "1,200" comes first.
    EXPECT_EQ(byNumber.index(0, compounds->columnOf(u"name")).data().toString(),
              QStringLiteral("和平里"));
    byNumber.sort(compounds->columnOf(u"population"), Qt::DescendingOrder);
    EXPECT_EQ(byNumber.index(0, compounds->columnOf(u"name")).data().toString(),
              QStringLiteral("阳光小区"));
}

TEST_F(FeatureTableModelTest, SampleDistrictSearchMatchesAPlainScan) {
    ASSERT_TRUE(document->loadSample());
    auto model = make(Layer::Facilities);
    FeatureFilterModel filter;
    filter.setSourceModel(model.get());
    filter.setSearchText(QStringLiteral("卫生"));
    int expected = 0;
    for (const project::Facility& f : project().facilities().items()) {
        const catalog::Category* c = project().catalog().find(f.categoryCode);
        const bool match = QString::fromStdString(f.name).contains(QStringLiteral("卫生"))
                           || QString::fromStdString(f.source).contains(QStringLiteral("卫生"))
                           || (c != nullptr
                               && QString::fromStdString(c->nameZh).contains(QStringLiteral("卫生")));
        bool inAttributes = false;
        for (const auto& [key, value] : f.attributes)
            if (QString::fromStdString(key + "=" + value).contains(QStringLiteral("卫生")))
                inAttributes = true;
        if (match || inAttributes) ++expected;
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(filter.rowCount(), expected);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_TRUE(filter.index(row, 0).data(FeatureTableModel::FeatureIdRole).toLongLong() > 0);
}

}  // namespace
}  // namespace yike::ui
