// SPDX-License-Identifier: Apache-2.0
// jx_target_evaluate and jx_evaluation_*: an actual value against a target.
// (Its own translation unit: evaluate.hpp and score.hpp both declare a Grade.)

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/evaluate.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

struct EvaluationHandle {
  Evaluation evaluation;
  std::optional<std::string> degree;
};
JIXIAO_CAPI_HANDLE(jx_evaluation, EvaluationHandle)

namespace {

// Reads the actual text the way the target's kind asks (read_actual, see jixiao.h).
Actual actual_for(const Target& target, std::string_view text, std::string_view unit) {
  std::string problem;
  auto actual = read_actual(target, text, unit, &problem);
  if (!actual) throw Error(ErrorKind::parse, "actual: " + problem, 0, 0, std::string(to_string(target.kind())) + " actual");
  return *actual;
}

const EvaluationHandle& evaluation_of(const jx_evaluation* e) {
  require(e, "evaluation");
  return *in(e);
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_target_evaluate(const jx_target* target, const char* actual, size_t length, const char* unit,
                                    jx_evaluation** out, jx_error* err) {
  return jx_target_evaluate_n(target, actual, length, unit, JX_NUL_TERMINATED, out, err);
}

JX_API jx_status jx_target_evaluate_n(const jx_target* target, const char* actual, size_t length, const char* unit,
                                      size_t unit_length, jx_evaluation** out, jx_error* err) {
  return guarded(err, [&] {
    require(target, "target");
    auto text = text_arg(actual, length, "actual");
    auto unit_text = unit != nullptr ? text_arg(unit, unit_length, "unit") : std::string_view();
    require(out, "out");
    const Target& t = *in(target)->target;
    auto result = std::make_unique<EvaluationHandle>();
    result->evaluation = evaluate(t, actual_for(t, text, unit_text));
    if (result->evaluation.degree) result->degree = result->evaluation.degree->to_string();
    *out = capi::out(result.release());
  });
}

JX_API void jx_evaluation_free(jx_evaluation* evaluation) { delete in(evaluation); }

JX_API jx_status jx_evaluation_verdict(const jx_evaluation* evaluation, jx_verdict* out) {
  return guarded(nullptr, [&] {
    const auto& e = evaluation_of(evaluation);
    require(out, "out");
    switch (e.evaluation.verdict) {
      case Verdict::met: *out = JX_VERDICT_MET; break;
      case Verdict::not_met: *out = JX_VERDICT_NOT_MET; break;
      case Verdict::not_comparable: *out = JX_VERDICT_NOT_COMPARABLE; break;
    }
  });
}

JX_API jx_status jx_evaluation_degree(const jx_evaluation* evaluation, const char** out) {
  return guarded(nullptr, [&] {
    const auto& e = evaluation_of(evaluation);
    require(out, "out");
    *out = e.degree ? e.degree->c_str() : nullptr;
  });
}

JX_API jx_status jx_evaluation_reason(const jx_evaluation* evaluation, const char** out) {
  return guarded(nullptr, [&] {
    const auto& e = evaluation_of(evaluation);
    require(out, "out");
    *out = e.evaluation.reason.c_str();
  });
}

JX_API jx_status jx_evaluation_reason_n(const jx_evaluation* evaluation, const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& e = evaluation_of(evaluation);
    require(out, "out");
    require(length, "length");
    lend(lent(e.evaluation.reason), out, length);
  });
}

}  // extern "C"
