// Replacing a file so that it is never half-written: a temporary file in the same folder,
// flushed to disk, then renamed over the target. A failure at any step leaves the target
// exactly as it was.
#pragma once

#include <sys/types.h>

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace termnorm::cli {

// Folders whose renames are to be made durable later, each with one fsync however many files
// were renamed into it (a batch writes many files into one folder). Until sync() a crash may
// undo a rename, leaving the earlier file (or none) at that name, never a partial one: the
// file's content was flushed before it was renamed. May be added to from several threads.
class FolderSyncs {
 public:
  FolderSyncs() = default;
  FolderSyncs(const FolderSyncs&) = delete;
  FolderSyncs& operator=(const FolderSyncs&) = delete;
  ~FolderSyncs() { sync(); }

  void add(const std::string& folder);
  // Flushes every folder added since the last call.
  void sync();

 private:
  std::mutex mutex_;
  std::set<std::string> folders_;
};

// A file being written in place of `path`. Nothing is visible at `path` until commit(); if
// commit() is not called or fails, the temporary file is removed. A symbolic link at `path`
// is followed, so the file it points to is replaced. An existing file keeps its permissions
// (and owner, when allowed); a new one gets 0666 less the umask, or the permissions of
// `permissions_from`.
class AtomicFile {
 public:
  // `permissions_from`: a file whose permissions a new file takes instead (for backups).
  explicit AtomicFile(const std::string& path, const std::string& permissions_from = {});
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Appends bytes; after a failure, further writes do nothing and commit() reports it.
  void write(std::string_view bytes);

  // Flushes to disk and renames over the target. Returns an error message
  // ("cannot write: File too large"), or nothing on success. Call once. The rename is made
  // durable (its folder flushed) before returning, or, given `later`, when `later` is synced.
  std::optional<std::string> commit(FolderSyncs* later = nullptr);

 private:
  void fail(std::string_view what);

  std::string target_;
  std::string temp_;
  int fd_ = -1;
  bool existed_ = false;
  mode_t mode_ = 0;
  uid_t uid_ = 0;
  gid_t gid_ = 0;
  std::optional<std::string> error_;
};

// `content` written to a temporary file beside `path` (and, with a non-empty `backup_suffix`,
// `original`, the file's content as read, beside path+suffix), waiting for commit(): the
// writing is done by the thread that has the content, the waits on the disk (flush, rename)
// by whichever thread commits.
class StagedReplacement {
 public:
  StagedReplacement(const std::string& path, std::string_view content,
                    const std::optional<std::string>& backup_suffix = std::nullopt, std::string_view original = {});

  // Commits the backup, made durable at once, then the file, made durable when `later` is
  // synced (see AtomicFile::commit). Returns an error message, or nothing on success; on an
  // error the file is left as it was. Call once.
  std::optional<std::string> commit(FolderSyncs* later = nullptr);

 private:
  std::string backup_path_;
  std::unique_ptr<AtomicFile> backup_;  // none without a backup suffix or an existing file
  AtomicFile file_;
};

// Writes `content` to `path` atomically, with its backup as StagedReplacement says.
std::optional<std::string> write_atomically(const std::string& path, std::string_view content,
                                            const std::optional<std::string>& backup_suffix = std::nullopt,
                                            std::string_view original = {}, FolderSyncs* later = nullptr);

}  // namespace termnorm::cli
