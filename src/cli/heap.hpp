// SPDX-License-Identifier: Apache-2.0
#pragma once
// The program's heap in 2 MiB pages where the kernel allows it. Why: on the VMs
// this is measured on, a 4 KiB page fault costs 10-30 µs, so a verb that holds a
// 100 MB model (summary, validate, score of a large input) spends more time
// faulting than working; with huge pages that is 50 faults instead of 25,000.
// This is what glibc's tunable glibc.malloc.hugetlb=1 does, for a program that
// cannot count on its environment. Memory grows in 2 MiB steps as it is touched.

namespace jixiao::cli {

// Call first thing in main, before other threads exist. Harmless where
// transparent huge pages are off (the advice is then ignored).
void use_huge_pages_for_the_heap() noexcept;

}  // namespace jixiao::cli
