// The default termbase's construction rules (lexicon/rules.yaml) on the default vocabulary:
// one row per rule, Chinese in, English out.
#include <catch2/catch.hpp>

#include <string>

#include "termnorm/normalizer.hpp"

using namespace termnorm;

TEST_CASE("the default rules reorder Chinese constructions into English", "[rules][grammar]") {
  static const Normalizer n(Lexicon::builtin());
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"outline-number", "二、临床研究", "2. Clinical studies"},
      {"outline-number", "十、结论", "10. Conclusion"},
      {"for-x", "对于患者来说, it helps.", "For patients, it helps."},
      {"compared-with", "与安慰剂相比, it helps.", "Compared with placebo, it helps."},
      {"in-addition-to", "除了手术外, rest helps.", "In addition to surgery, rest helps."},
      {"in-addition-to", "除了药物之外, diet matters.", "In addition to drugs, diet matters."},
      {"in-addition-to-verb", "除了修复组织外, they calm inflammation.", "In addition to repairing tissue, they calm inflammation."},
      {"caused-by", "It limits 由炎症引起的损伤.", "It limits damage caused by inflammation."},
      {"associated-with", "It limits 与炎症相关的疾病.", "It limits disease associated with inflammation."},
      {"x-related", "It limits 年龄相关的疾病.", "It limits age-related disease."},
      {"possessive-de", "痛风的治疗", "Treatment of Gout"},
      {"possessive-de", "Diet and 痛风的治疗", "Diet and the Treatment of Gout"},
      {"combined-with", "Exercise is 通常与手术相结合.", "Exercise is usually combined with surgery."},
      {"verb-ed-from", "The cells, 从骨髓中获得, were frozen.", "The cells, obtained from bone marrow, were frozen."},
      {"no-single", "没有一种方法 works.", "No approach works."},
      {"modal-passive-shoudao", "组织可能受到影响.", "Tissue may be affected."},
      {"possessive-de", "Nurses measured 两项试验的结果.", "Nurses measured the results of two trials."},
      {"unresponsive-to", "Rest helps 对药物无效的患者.", "Rest helps patients that do not respond to drugs."},
      {"unresponsive-to", "Rest helps 对药物无效的疼痛.", "Rest helps pain that does not respond to drugs."},
      {"as-x-progresses", "随着肝病的进展, pain grows.", "As liver disease progresses, pain grows."},
      {"y-of-x-dui", "对该药物的评价 was mixed.", "The evaluation of the drugs was mixed."},
      {"with-increasing", "随着剂量的增加, pain fell.", "With increasing dose, pain fell."},
      {"x-derived", "They used 骨髓来源的间充质干细胞.", "They used bone marrow-derived mesenchymal stem cells."},
      {"x-based", "It is 基于干细胞的策略.", "It is stem cell-based strategy."},
      {"x-derived", "They grew 多能干细胞来源的神经元.", "They grew pluripotent stem cell-derived neurons."},
      {"one-of", "Stroke is 主要原因之一.", "Stroke is one of the main causes."},
      {"y-in-x", "骨髓中的干细胞 divide.", "Stem cells in bone marrow divide."},
      {"is-a-modified-noun", "It 是一种常见的慢性疾病.", "It is a common chronic disease."},
      {"through-x", "They act 通过旁分泌作用.", "They act through paracrine effect."},
      {"by-verb-ing", "They act 通过分泌生长因子.", "They act by secreting growth factors."},
      {"by-verb-ing-to-verb", "Doctors 通过抑制炎症来保护神经元.", "Doctors protect neurons by suppressing inflammation."},
      {"through-x-to-verb", "Doctors 通过饮食来控制血糖.", "Doctors control blood glucose through diet."},
      {"for-people-with", "对于糖尿病的人, diet matters.", "For people with diabetes, diet matters."},
      {"for-patients-with", "对于肥胖患者, diet matters.", "For patients with obesity, diet matters."},
      {"risk-of", "They weighed 出血的风险.", "They weighed the risk of hemorrhage."},
      {"most-x", "大多数患者 recovered.", "Most patients recovered."},
      {"what-kind-of", "Nobody said 什么类型的干细胞 was given.", "Nobody said what kind of stem cells was given."},
      {"whether-x", "We asked 患者是否 slept well.", "We asked whether patients slept well."},
      {"can-be-used-to", "Insulin 可以用于治疗糖尿病.", "Insulin can be used to treat diabetes."},
      {"used-for", "Saline is 用于透析.", "Saline is used for dialysis."},
      {"why-choose", "为什么选择脐带血?", "Why Umbilical Cord Blood?"},
      {"for-people-with-adjective", "对于病情严重的人, it helps.", "For people with severe condition, it helps."},
      {"what-should-be", "Nobody knows 应使用什么剂量.", "Nobody knows what dose should be used."},
      {"what-kind-will-be", "Ask 将使用什么类型的细胞.", "Ask what kind of cells will be used."},
      {"passive-by", "The debris is 被巨噬细胞吞噬.", "The debris is engulfed by macrophages."},
      {"passive", "The toxin is 被清除 quickly.", "The toxin is cleared quickly."},
      {"relatively", "The risk is 相对较低.", "The risk is relatively low."},
      {"relative-clause-subject", "They measured 细胞分泌的因子.", "They measured factors secreted by cells."},
      {"relative-clause-object", "包围神经元的细胞 divide.", "The cells surrounding neurons divide."},
      {"relative-clause-object", "保护神经元的细胞", "Protecting the Cells of Neurons"},
      {"habitual-hui", "这种药物会减轻疼痛.", "This drug reduces pain."},
      {"habitual-hui", "高血压会损害肾脏.", "Hypertension impairs the kidney."},
      {"disposal", "Labs 将肝细胞转化为干细胞.", "Labs convert hepatocytes into stem cells."},
      {"disposal-it", "护士将其冷冻.", "Nurses freeze it."},
      {"what-x-modal-verb", "家属应该知道什么", "What Family Members Should Know"},
      {"y-for-x", "给家属的建议", "Recommendations for Family Members"},
      {"x-is-needed", "需要更多研究.", "More research is needed."},
      {"comma-x-is-needed", "Doses vary, 需要更多研究.", "Doses vary, more research is needed."},
      {"which-makes", "Doses varied, 这使得小型试验难以解释.", "Doses varied, which makes small trials hard to explain."},
      {"which-makes-it-difficult", "Doses varied, 这使得比较结果变得困难.", "Doses varied, which makes it difficult to compare results."},
      {"causing", "The virus spread, 导致肝脏炎症.", "The virus spread, causing liver inflammation."},
      {"x-has-no-y", "这些研究都没有对照组.", "These studies have no control group."},
      {"modal-guided-by", "注射必须在超声引导下进行.", "Injection must be guided by ultrasound."},
      {"modal-performed-under", "该手术可在局部麻醉下进行.", "The surgery can be performed under local anesthesia."},
      {"in-the-form-of", "It is given 以凝胶的形式.", "It is given in the form of gel."},
      {"before-it-clause", "在它成为常规治疗之前, tests are needed.", "Before it becomes conventional therapy, tests are needed."},
      {"before-clause", "在患者接受手术之前, doctors check blood.", "Before patients undergo surgery, doctors check blood."},
      {"after-clause", "在细胞进入血液之后, they spread.", "After cells enter blood, they spread."},
      {"x-after", "Fever may appear 药物过量之后.", "Fever may appear after drug overdose."},
      {"but-x-is-needed", "Doses vary, 但需要更大规模的试验 to compare them.",
       "Doses vary, but larger trials are needed to compare them."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}
