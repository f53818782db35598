// SPDX-License-Identifier: Apache-2.0
#include "cli/heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace jixiao::cli {

void use_huge_pages_for_the_heap() noexcept {
  constexpr std::size_t huge_page = std::size_t{2} << 20;
  constexpr std::size_t reserve = std::size_t{256} << 20;  // address space, not memory
  // Blocks up to 32 MiB come from the heap (not from a fresh mapping each), the
  // heap grows 256 MiB at a time and is not given back: then advising its first
  // 256 MiB once covers nearly every allocation of a run.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(reserve));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * reserve));
  const std::size_t block_size = std::size_t{16} << 20;  // more than the heap has: it grows, by M_TOP_PAD more
  void* block = std::malloc(block_size);
  if (block == nullptr) return;
  const auto start = reinterpret_cast<std::uintptr_t>(block);
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::uintptr_t aligned = (start + huge_page - 1) / huge_page * huge_page;
  // Only when the block did come from the grown heap, just below its end (not
  // under a sanitizer's allocator, not from a mapping when the heap cannot grow).
  const bool from_heap = start < end && end - start <= block_size + reserve + (std::size_t{1} << 20);
  if (from_heap && aligned < end) madvise(reinterpret_cast<void*>(aligned), end - aligned, MADV_HUGEPAGE);
  std::free(block);
}

}  // namespace jixiao::cli
