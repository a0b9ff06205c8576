// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document_error.h"

#include <set>
#include <vector>

#include <gtest/gtest.h>

namespace yike::ui {
namespace {

using Code = project::ProjectError::Code;

const std::vector<Code> kAllCodes{
    Code::NotFound,    Code::NotSqlite,    Code::Corrupt, Code::ForeignGeoPackage,
    Code::NotAProject, Code::NewerVersion, Code::InUse,   Code::ReadOnly,
    Code::Io};

TEST(DocumentError, EveryOpenFailureHasItsOwnSentenceNamingTheFile) {
    std::set<QString> messages;
    for (Code code : kAllCodes) {
        const DocumentError error = DocumentError::describe(code, DocumentOperation::Open,
                                                            QStringLiteral("/data/河西.yike"));
        EXPECT_EQ(error.code, code);
        EXPECT_EQ(error.title, QStringLiteral("Cannot Open Project"));
        EXPECT_TRUE(error.message.contains(QStringLiteral("河西.yike")))
            << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(QStringLiteral("/data/")))
            << "the folder belongs in the details, not the sentence";
        EXPECT_TRUE(error.detail.contains(QStringLiteral("/data/河西.yike")));
        messages.insert(error.message);
    }
    EXPECT_EQ(messages.size(), kAllCodes.size());
}

TEST(DocumentError, OnlyAFileInUseOffersReadOnly) {
    for (Code code : kAllCodes) {
        const DocumentError error =
            DocumentError::describe(code, DocumentOperation::Open, QStringLiteral("a.yike"));
        EXPECT_EQ(error.offerReadOnly, code == Code::InUse);
    }
    EXPECT_FALSE(
        DocumentError::describe(Code::InUse, DocumentOperation::Save, QStringLiteral("a.yike"))
            .offerReadOnly);
}

TEST(DocumentError, InUseNamesTheHolder) {
    const DocumentError error =
        DocumentError::describe(Code::InUse, DocumentOperation::Open, QStringLiteral("a.yike"),
                                QStringLiteral("wang@planning-pc pid 4242"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("wang@planning-pc pid 4242")));
    EXPECT_TRUE(error.message.contains(QStringLiteral("read-only")));
}

TEST(DocumentError, SaveFailuresUseSaveWording) {
    const DocumentError error =
        DocumentError::describe(Code::ReadOnly, DocumentOperation::Save, QStringLiteral("a.yike"));
    EXPECT_EQ(error.title, QStringLiteral("Cannot Save Project"));
    EXPECT_NE(error.message, DocumentError::describe(Code::ReadOnly, DocumentOperation::Open,
                                                     QStringLiteral("a.yike"))
                                 .message);
}

TEST(DocumentError, ProjectErrorKeepsTechnicalTextInDetails) {
    const project::ProjectError raw(Code::NewerVersion, "schema 7 is newer than 2", "Yike 0.9");
    const DocumentError error =
        DocumentError::fromProjectError(raw, DocumentOperation::Open, QStringLiteral("b.yike"));
    EXPECT_EQ(error.code, Code::NewerVersion);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Yike 0.9")));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("schema 7 is newer than 2")));
}

}  // namespace
}  // namespace yike::ui
