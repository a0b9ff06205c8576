// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/os_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"

namespace yike::platform {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

std::string contentOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

TEST(FileLock, LockFileSitsBesideTheFile) {
    EXPECT_EQ(lockFileFor(fs::path("maps") / "a.yike"), fs::path("maps") / "a.yike.lock");
}

TEST(FileLock, HolderTextNamesUserHostAndProcess) {
    const std::string text = lockHolderText();
    EXPECT_NE(text.find('@'), std::string::npos) << text;
    EXPECT_NE(text.find(" pid " + std::to_string(currentProcessId())), std::string::npos) << text;
}

TEST(FileLock, TakenLockWritesItsHolder) {
    const ScratchDir dir;
    const fs::path file = dir / "a.yike.lock";
    FileLock::Attempt attempt = FileLock::tryAcquire(file);
    ASSERT_TRUE(attempt.lock) << attempt.detail;
    EXPECT_EQ(attempt.lock->file(), file);
    EXPECT_EQ(contentOf(file), lockHolderText() + "\n");
}

TEST(FileLock, SecondAttemptInTheSameProcessIsRefused) {
    const ScratchDir dir;
    const fs::path file = dir / "a.yike.lock";
    const FileLock::Attempt first = FileLock::tryAcquire(file);
    ASSERT_TRUE(first.lock) << first.detail;
    const FileLock::Attempt second = FileLock::tryAcquire(file);
    EXPECT_FALSE(second.lock);
    EXPECT_EQ(second.failure, FileLock::Failure::Held);
    EXPECT_EQ(second.detail, lockHolderText());
}

TEST(FileLock, ReleaseRemovesTheFileAndFreesTheLock) {
    const ScratchDir dir;
    const fs::path file = dir / "a.yike.lock";
    {
        const FileLock::Attempt attempt = FileLock::tryAcquire(file);
        ASSERT_TRUE(attempt.lock) << attempt.detail;
    }
    EXPECT_FALSE(fs::exists(file));
    const FileLock::Attempt again = FileLock::tryAcquire(file);
    EXPECT_TRUE(again.lock) << again.detail;
}

TEST(FileLock, StaleFileOfADeadHolderDoesNotBlock) {
    const ScratchDir dir;
    const fs::path file = dir / "a.yike.lock";
    write(file, "ghost@nowhere pid 99999 and a much longer line than ours\n");
    const FileLock::Attempt attempt = FileLock::tryAcquire(file);
    ASSERT_TRUE(attempt.lock) << attempt.detail;
    EXPECT_EQ(contentOf(file), lockHolderText() + "\n");
}

TEST(FileLock, MissingFolderIsNotALock) {
    const ScratchDir dir;
    const FileLock::Attempt attempt = FileLock::tryAcquire(dir / "absent" / "a.yike.lock");
    EXPECT_FALSE(attempt.lock);
    EXPECT_NE(attempt.failure, FileLock::Failure::Held);
    EXPECT_FALSE(attempt.detail.empty());
}

TEST(ReplaceFile, ReplacesTheTargetAtOnce) {
    const ScratchDir dir;
    write(dir / "new", "new content");
    write(dir / "target", "old content");
    replaceFile(dir / "new", dir / "target");
    EXPECT_EQ(contentOf(dir / "target"), "new content");
    EXPECT_FALSE(fs::exists(dir / "new"));
}

TEST(ReplaceFile, CreatesAMissingTarget) {
    const ScratchDir dir;
    write(dir / "new", "content");
    replaceFile(dir / "new", dir / "target");
    EXPECT_EQ(contentOf(dir / "target"), "content");
}

TEST(ReplaceFile, MissingSourceThrowsAndKeepsTheTarget) {
    const ScratchDir dir;
    write(dir / "target", "old content");
    EXPECT_THROW(replaceFile(dir / "absent", dir / "target"), std::system_error);
    EXPECT_EQ(contentOf(dir / "target"), "old content");
}

TEST(SyncFile, FlushesAFileAndRefusesAMissingOne) {
    const ScratchDir dir;
    write(dir / "data", "content");
    EXPECT_NO_THROW(syncFile(dir / "data"));
    EXPECT_NO_THROW(syncDirectory(dir.path()));
    EXPECT_THROW(syncFile(dir / "absent"), std::system_error);
}

TEST(Writable, ScratchFolderAndItsFilesAreWritable) {
    const ScratchDir dir;
    write(dir / "data", "content");
    EXPECT_TRUE(isWritableDirectory(dir.path()));
    EXPECT_TRUE(isWritableFile(dir / "data"));
    EXPECT_FALSE(isWritableFile(dir / "absent"));
    EXPECT_FALSE(isWritableDirectory(dir / "absent"));
}

TEST(Writable, ReadOnlyFileIsNotWritable) {
    const ScratchDir dir;
    write(dir / "data", "content");
    fs::permissions(dir / "data", fs::perms::owner_write | fs::perms::group_write
                                      | fs::perms::others_write,
                    fs::perm_options::remove);
    if (isWritableFile(dir / "data")) {
        fs::permissions(dir / "data", fs::perms::owner_write, fs::perm_options::add);
        GTEST_SKIP() << "this user writes read-only files anyway (root)";
    }
    fs::permissions(dir / "data", fs::perms::owner_write, fs::perm_options::add);
    EXPECT_TRUE(isWritableFile(dir / "data"));
}

}  // namespace
}  // namespace yike::platform
