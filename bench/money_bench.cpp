// SPDX-License-Identifier: Apache-2.0
// Exact money: parsing amount text, checked sums, formatting.
// Goals on one core: parse ≥ 50 M amounts/s, checked sum ≥ 1 G amounts/s.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "jixiao/money.hpp"

namespace {

using jixiao::Money;

// A realistic mix of what the 申报表 columns hold: 元 amounts with and without
// separators, zeros, small and large values, the occasional ¥ and 万元 amount.
std::vector<std::string> amount_texts(std::size_t count) {
  static const char* const fixed[] = {"12,780,000.00", "300000.00", "0.00", "1,409.50", "5,000,000.00",
                                      "86000",         "0",         "¥1,409.50", "349.80万元", "-1,234.50",
                                      "2,560.00",      "120000.00", "16,409.02", "1000000"};
  std::vector<std::string> texts;
  std::mt19937_64 rng(42);
  for (std::size_t i = 0; i < count; ++i) {
    if (i % 2 == 0) {
      texts.emplace_back(fixed[(i / 2) % std::size(fixed)]);
    } else {  // random budget-sized amounts, half of them grouped by thousands
      const Money m = Money::from_fen(static_cast<std::int64_t>(rng() % 10'000'000'000ULL));
      texts.push_back(i % 4 == 1 ? m.to_thousands() : m.to_string());
    }
  }
  return texts;
}

void BM_ParseAmount(benchmark::State& state) {
  const std::vector<std::string> texts = amount_texts(4096);
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(Money::parse(t));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_ParseAmount);

void BM_TryParseAmount(benchmark::State& state) {
  const std::vector<std::string> texts = amount_texts(4096);
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(Money::try_parse(t));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(BM_TryParseAmount);

void BM_ParseWan(benchmark::State& state) {
  std::vector<std::string> texts;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 4096; ++i)
    texts.push_back(Money::from_fen(static_cast<std::int64_t>(rng() % 100'000'000'000ULL)).to_wan_string());
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(Money::parse_wan(t));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(BM_ParseWan);

void BM_Sum(benchmark::State& state) {
  std::vector<Money> amounts;
  std::mt19937_64 rng(1);
  const auto count = static_cast<std::size_t>(state.range(0));
  amounts.reserve(count);
  for (std::size_t i = 0; i < count; ++i)
    amounts.push_back(Money::from_fen(static_cast<std::int64_t>(rng() % 10'000'000'000ULL) - 1'000'000'000));
  for (auto _ : state) benchmark::DoNotOptimize(Money::sum(amounts));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Sum)->Arg(1'000'000);

void BM_AddLoop(benchmark::State& state) {
  std::vector<Money> amounts(1'000'000, Money::from_fen(12345));
  for (auto _ : state) {
    Money total;
    for (const Money& m : amounts) total += m;
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(amounts.size()));
}
BENCHMARK(BM_AddLoop);

std::vector<Money> parsed(const std::vector<std::string>& texts) {
  std::vector<Money> out;
  for (const auto& t : texts) out.push_back(Money::parse(t));
  return out;
}

void BM_ToChinese(benchmark::State& state) {
  const std::vector<Money> amounts = parsed(amount_texts(1024));
  for (auto _ : state) {
    for (const Money& m : amounts) benchmark::DoNotOptimize(m.to_chinese());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(amounts.size()));
}
BENCHMARK(BM_ToChinese);

void BM_ToThousands(benchmark::State& state) {
  const std::vector<Money> amounts = parsed(amount_texts(1024));
  for (auto _ : state) {
    for (const Money& m : amounts) benchmark::DoNotOptimize(m.to_thousands());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(amounts.size()));
}
BENCHMARK(BM_ToThousands);

}  // namespace
