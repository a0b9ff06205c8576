// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/utf8_path.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/platform/os_file.h"
#include "tests/support/test_data.h"

namespace yike::platform {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

// "规划资料" and "南山 街道 草案.yike", spelled in UTF-8 bytes as Yike keeps them in strings.
const std::string kFolder = "\xe8\xa7\x84\xe5\x88\x92\xe8\xb5\x84\xe6\x96\x99";
const std::string kFile =
    "\xe5\x8d\x97\xe5\xb1\xb1 \xe8\xa1\x97\xe9\x81\x93 \xe8\x8d\x89\xe6\xa1\x88.yike";

TEST(Utf8Path, NamesTheSameFileAsTheUnicodeName) {
    EXPECT_EQ(pathFromUtf8(kFile), fs::path(u8"南山 街道 草案.yike"));
    EXPECT_EQ(pathFromUtf8(kFolder + "/" + kFile), fs::path(u8"规划资料/南山 街道 草案.yike"));
    EXPECT_EQ(utf8FromPath(fs::path(u8"南山 街道 草案.yike")), kFile);
    EXPECT_EQ(pathFromUtf8(kFile).extension(), fs::path(".yike"));
}

TEST(Utf8Path, PlainNamesAreUnchanged) {
    EXPECT_EQ(pathFromUtf8("maps/a.yike"), fs::path("maps") / "a.yike");
    EXPECT_EQ(utf8FromPath(fs::path("a.yike")), "a.yike");
    EXPECT_EQ(pathFromUtf8(""), fs::path());
    EXPECT_EQ(utf8FromPath(fs::path()), "");
}

TEST(Utf8Path, RoundTripsChineseNames) {
    const std::string text = kFolder + "/" + kFile;
    EXPECT_EQ(utf8FromPath(pathFromUtf8(text).filename()), kFile);
    EXPECT_EQ(utf8FromPath(pathFromUtf8(text).parent_path()), kFolder);
    EXPECT_EQ(pathFromUtf8(utf8FromPath(pathFromUtf8(text))), pathFromUtf8(text));
}

TEST(Utf8Path, CreatesListsAndReopensAFileWithAChineseName) {
    ScratchDir scratch;
    const fs::path folder = scratch.path() / pathFromUtf8(kFolder);
    fs::create_directories(folder);
    const fs::path file = folder / pathFromUtf8(kFile);
    {
        std::FILE* out = openFile(file, "wb");
        ASSERT_NE(out, nullptr);
        std::fputs("content", out);
        std::fclose(out);
    }

    std::vector<std::string> listed;
    for (const fs::directory_entry& entry : fs::directory_iterator(scratch.path()))
        listed.push_back(utf8FromPath(entry.path().filename()));
    ASSERT_EQ(listed, std::vector<std::string>{kFolder});
    listed.clear();
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        listed.push_back(utf8FromPath(entry.path().filename()));
    ASSERT_EQ(listed, std::vector<std::string>{kFile});

    // Reopened by its text, as a name read back from a project file or an argument.
    const fs::path again = pathFromUtf8(utf8FromPath(scratch.path()) + "/" + kFolder + "/" + kFile);
    EXPECT_TRUE(fs::exists(again));
    EXPECT_EQ(fs::file_size(again), 7u);
    std::FILE* in = openFile(again, "rb");
    ASSERT_NE(in, nullptr);
    char buffer[16] = {};
    const std::size_t read = std::fread(buffer, 1, sizeof buffer - 1, in);
    std::fclose(in);
    EXPECT_EQ(std::string(buffer, read), "content");
}

}  // namespace
}  // namespace yike::platform
