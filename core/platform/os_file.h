// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

/// Files the operating-system specific way: exclusive lock files, flushing to
/// the device and atomic replacement. POSIX (flock, fsync, rename) and Windows (LockFileEx,
/// FlushFileBuffers, MoveFileEx) implementations live in os_file.cpp.
namespace yike::platform {

/**
 * An exclusive OS lock held on a small lock file (for a project "a.yike", the file "a.yike.lock"
 * beside it). The file holds "user@host pid N" so a refused opener can say who holds it. The OS
 * drops the lock when the holding process dies, so a stale file never blocks: its content is
 * ignored and overwritten by the next holder. Releasing removes the file.
 *
 * The lock belongs to the open file description, so a second attempt in the same process is
 * refused just like one from another process.
 */
class FileLock {
public:
    enum class Failure {
        Held,         ///< another holder has it; detail is the holder text
        NotWritable,  ///< the lock file cannot be created (folder or file not writable)
        Io            ///< any other failure; detail is the system message
    };

    struct Attempt {
        std::unique_ptr<FileLock> lock;  ///< set when the lock was taken
        Failure failure = Failure::Io;   ///< why not, when `lock` is empty
        std::string detail;
    };

    /// Tries once, without waiting.
    static Attempt tryAcquire(const std::filesystem::path& lockFile);

    /// Removes the lock file, then releases the lock.
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    const std::filesystem::path& file() const { return m_file; }

private:
    FileLock(std::filesystem::path file, std::intptr_t handle);
    std::filesystem::path m_file;
    std::intptr_t m_handle;  // file descriptor (POSIX) or HANDLE (Windows)
};

/// "<file>.lock": the lock file that guards `file`.
std::filesystem::path lockFileFor(const std::filesystem::path& file);

/// "user@host pid N" for the current process.
std::string lockHolderText();

/// The id of the current process.
long currentProcessId();

/// The program's arguments after its name, in UTF-8: argv itself on POSIX; on Windows, where
/// argv holds them in the ANSI code page (a Chinese file name would come out as "???"), read
/// again from the wide command line.
std::vector<std::string> programArguments(int argc, char** argv);

/// Flushes the file's content to the device. @throws std::system_error.
void syncFile(const std::filesystem::path& file);

/// Flushes a folder's entries (a rename into it) to the device; does nothing where the OS has
/// no such call. @throws std::system_error.
void syncDirectory(const std::filesystem::path& folder);

/// Renames `from` to `to`, atomically replacing any file at `to`. @throws std::system_error.
void replaceFile(const std::filesystem::path& from, const std::filesystem::path& to);

/// std::fopen for a path in any script: on Windows, where fopen reads names in the ANSI code
/// page, through _wfopen. Null on failure (errno says why).
std::FILE* openFile(const std::filesystem::path& file, const char* mode);

/// True when `stream` is a terminal (a console window), not a file or a pipe.
bool isTerminal(std::FILE* stream);

/// True when the process may create and delete files in `folder`.
bool isWritableDirectory(const std::filesystem::path& folder);

/// True when the process may write to the existing file.
bool isWritableFile(const std::filesystem::path& file);

}  // namespace yike::platform
