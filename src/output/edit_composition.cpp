// Composing edit lists: the first run's edits as spans of its output, the second run's edits
// widened to whole first-run edits, then mapped back to the line.
#include "output/edit_composition.hpp"

#include <algorithm>

namespace termnorm::output {
namespace {

// Where one edit of the first run stands: bytes [in_begin, in_end) of the line became bytes
// [out_begin, out_end) of its output.
struct Placed {
  size_t in_begin, in_end, out_begin, out_end;
};

// A span of the first run's output that the second run changed, widened to whole edits.
struct Region {
  size_t out_begin, out_end;
  std::vector<size_t> second_edits;  // indices into second.edits
};

}  // namespace

LineRendering compose_renderings(std::string_view line, const LineRendering& first, const LineRendering& second) {
  if (second.edits.empty()) return first;
  std::vector<Placed> placed;
  placed.reserve(first.edits.size());
  size_t shift_in = 0, shift_out = 0;  // a line offset and the output offset it has, after an edit
  for (const Edit& e : first.edits) {
    const size_t out_begin = shift_out + (e.begin - shift_in);
    placed.push_back({e.begin, e.end, out_begin, out_begin + e.result.size()});
    shift_in = e.end;
    shift_out = out_begin + e.result.size();
  }
  // Every search below is over `placed` in output order (one pass or a binary search), so a
  // long line with many edits costs linear time, not quadratic.
  // An output offset outside every first-run edit's result, as a line offset. A first-run
  // edit that deleted text right there counts as before it when `after_deletions`.
  auto to_line = [&](size_t out, bool after_deletions) {
    const auto after = std::partition_point(placed.begin(), placed.end(), [&](const Placed& p) {
      return p.out_end < out || (p.out_end == out && (p.out_begin < out || after_deletions));
    });
    if (after == placed.begin()) return out;
    const Placed& p = *(after - 1);
    return p.in_end + (out - p.out_end);
  };
  // Widen each second-run edit to the first-run edits whose result it reaches into.
  std::vector<Region> regions;
  for (size_t k = 0; k < second.edits.size(); ++k) {
    size_t begin = second.edits[k].begin, end = second.edits[k].end;
    auto p = std::partition_point(placed.begin(), placed.end(), [&](const Placed& q) { return q.out_end <= begin; });
    for (; p != placed.end() && p->out_begin < std::max(end, begin + 1); ++p) {
      if (p->out_begin == p->out_end) continue;
      begin = std::min(begin, p->out_begin);
      end = std::max(end, p->out_end);
    }
    if (!regions.empty() && begin < regions.back().out_end) {
      regions.back().out_end = std::max(regions.back().out_end, end);
      regions.back().second_edits.push_back(k);
    } else {
      regions.push_back({begin, end, {k}});
    }
  }
  // The first run's edits no region touches stay (a deletion touches a region it lies inside).
  LineRendering composed;
  composed.text = second.text;
  std::vector<Edit>& edits = composed.edits;
  auto region = regions.begin();
  for (size_t i = 0; i < placed.size(); ++i) {
    const Placed& p = placed[i];
    while (region != regions.end() && region->out_end < p.out_begin) ++region;
    bool touched = false;
    for (auto r = region; r != regions.end() && r->out_begin <= p.out_end; ++r) {
      touched = touched || (p.out_begin == p.out_end ? r->out_begin < p.out_begin && p.out_begin < r->out_end
                                                     : p.out_begin < r->out_end && r->out_begin < p.out_end);
    }
    if (!touched) edits.push_back(first.edits[i]);
  }
  for (const Region& r : regions) {
    const Edit& lead = second.edits[r.second_edits.front()];
    Edit e;
    e.begin = to_line(r.out_begin, true);
    e.end = r.out_end > r.out_begin ? to_line(r.out_end, false) : e.begin;
    e.source = std::string(line.substr(e.begin, e.end - e.begin));
    size_t at = r.out_begin;
    for (size_t k : r.second_edits) {
      const Edit& s = second.edits[k];
      e.result.append(first.text, at, s.begin - at).append(s.result);
      at = s.end;
    }
    e.result.append(first.text, at, r.out_end - at);
    e.concept_id = lead.concept_id;
    e.kind = lead.kind;
    edits.push_back(std::move(e));
  }
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  return composed;
}

}  // namespace termnorm::output
