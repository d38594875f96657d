// The default termbase's construction rules (lexicon/rules.yaml) on the default vocabulary:
// one row per rule, Chinese in, English out.
#include <catch2/catch.hpp>
#include <string>

#include "default_normalizer.hpp"
#include "invariants.hpp"
#include "termnorm/normalizer.hpp"

using namespace termnorm;

TEST_CASE("the default rules reorder Chinese constructions into English", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"outline-number", "二、临床研究", "2. Clinical studies"},
      // A rule inside another's slot renders its span of it.
      {"provide-for", "They 为糖尿病患者提供新的选择.", "They provide new options for patients with diabetes."},
      // The verb of a template agrees with the subject the pattern takes; with 了, the past.
      {"subject-provides-for", "这种疗法为患者提供新的选择.", "This therapy provides new options for patients."},
      {"subject-provides-for", "这些诊所为患者提供新的选择.", "These clinics provide new options for patients."},
      {"provided-for", "该研究为糖尿病患者提供了证据.", "This study provided evidence for patients with diabetes."},
      // 进一步的 before a noun is an adjective, which the noun phrase slot takes in.
      {"provided-for", "该研究为进一步的临床试验提供了证据.",
       "This study provided evidence for further clinical trials."},
      {"subject-is-verbing", "糖尿病患者正在接受 insulin.", "Patients with diabetes are receiving insulin."},
      {"patients-with-x-and-y", "It helps 帕金森病患者和糖尿病患者.",
       "It helps patients with Parkinson's disease and diabetes."},
      // {X}的 takes an adjective whose own form ends in 的, as its noun (女性的: 女性 "women").
      {"effect-on", "They studied 对女性的影响.", "They studied the effect on women."},
      {"y-for-x", "It lists 给女性的建议.", "It lists recommendations for women."},
      {"outline-number", "十、结论", "10. Conclusion"},
      {"for-x", "对于患者来说, it helps.", "For patients, it helps."},
      {"compared-with", "与安慰剂相比, it helps.", "Compared with placebo, it helps."},
      {"in-addition-to", "除了手术外, rest helps.", "In addition to surgery, rest helps."},
      {"in-addition-to", "除了药物之外, diet matters.", "In addition to drugs, diet matters."},
      {"in-addition-to-verb", "除了修复组织外, they calm inflammation.",
       "In addition to repairing tissue, they calm inflammation."},
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
      {"subject-is-verbing", "医生正在评估 the wound.", "Doctors are evaluating the wound."},
      {"subject-is-currently-verbing", "该医院目前正在招募 volunteers.",
       "The hospital is currently recruiting volunteers."},
      {"they-are-verbing", "Since then, 他们正在收集 samples.", "Since then, they are collecting samples."},
      // 正在进行 is one word ("ongoing"), which the progressive's verb slot does not take.
      {"subject-is-conducting", "研究人员正在进行一项试验.", "Researchers are conducting a trial."},
      {"subject-is-currently-conducting", "该中心目前正在进行两项研究.",
       "The center is currently conducting two studies."},
      {"they-are-conducting", "他们正在进行动物实验.", "They are conducting animal studies."},
      {"x-currently-under-way", "目前正在进行多项研究.", "Several studies are currently under way."},
      {"x-under-way", "正在进行一项试验.", "A trial is under way."},
      {"y-of-x-dui", "对该药物的评价 was mixed.", "The evaluation of the drug was mixed."},
      {"with-increasing", "随着剂量的增加, pain fell.", "With increasing dose, pain fell."},
      {"x-derived", "They used 骨髓来源的间充质干细胞.", "They used bone marrow-derived mesenchymal stem cells."},
      {"x-based", "It is 基于干细胞的策略.", "It is stem cell-based strategy."},
      {"x-derived", "They grew 多能干细胞来源的神经元.", "They grew pluripotent stem cell-derived neurons."},
      {"one-of", "Stroke is 主要原因之一.", "Stroke is one of the main causes."},
      {"y-in-x", "骨髓中的干细胞 divide.", "Stem cells in bone marrow divide."},
      {"is-a-modified-noun", "It 是一种常见的慢性疾病.", "It is a common chronic disease."},
      {"through-x", "They act 通过旁分泌作用.", "They act through paracrine effect."},
      {"by-verb-ing", "They act 通过分泌生长因子.", "They act by secreting growth factors."},
      {"by-verb-ing-to-verb", "Doctors 通过抑制炎症来保护神经元.",
       "Doctors protect neurons by suppressing inflammation."},
      {"through-x-to-verb", "Doctors 通过饮食来控制血糖.", "Doctors control blood glucose through diet."},
      {"for-people-with", "对于糖尿病的人, diet matters.", "For people with diabetes, diet matters."},
      {"for-patients-with", "对于肥胖患者, diet matters.", "For patients with obesity, diet matters."},
      {"risk-of", "They weighed 出血的风险.", "They weighed the risk of hemorrhage."},
      {"most-x", "大多数患者 recovered.", "Most patients recovered."},
      {"in-most-patients-the-y", "大多数患者的症状 improved.", "In most patients, the symptoms improved."},
      {"y-of-most-x", "Doctors eased 大多数患者的症状.", "Doctors eased the symptoms of most patients."},
      {"in-most-cases-the-y", "Rest helps. 大多数病例的病因 is unclear.",
       "Rest helps. In most cases, the cause is unclear."},
      {"in-some-patients-y", "一些患者的血糖 fell.", "In some patients, blood glucose fell."},
      {"possessive-de", "一些药物的副作用 are mild.", "The side effects of some drugs are mild."},
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
      // After a subject, the copula agreeing; 注射, a noun of the lexicon, the verb after 被.
      {"subject-is-verbed", "细胞被注射.", "Cells are injected."},
      {"subject-is-verbed-into-x", "细胞被注射到关节中.", "Cells are injected into the joint."},
      {"subject-is-verbed-into-x", "这种细胞被移植到心脏.", "This cell is transplanted into the heart."},
      {"subject-is-verbed-by", "这些细胞被医生注射.", "These cells are injected by doctors."},
      {"prevent-x-from-being-verbed", "Drugs 防止细胞被排斥.", "Drugs prevent cells from being rejected."},
      {"relatively", "The risk is 相对较低.", "The risk is relatively low."},
      {"relative-clause-subject", "They measured 细胞分泌的因子.", "They measured factors secreted by cells."},
      {"relative-clause-object", "包围神经元的细胞 divide.", "The cells surrounding neurons divide."},
      {"relative-clause-they", "Scientists measured 它们分泌的生长因子.",
       "Scientists measured the growth factors they secreted."},
      {"relative-clause-it", "The gland controls 它分泌的激素.", "The gland controls the hormones it secreted."},
      {"relative-clause-object", "保护神经元的细胞", "Protecting the Cells of Neurons"},
      {"habitual-hui", "这种药物会减轻疼痛.", "This drug reduces pain."},
      {"habitual-hui", "高血压会损害肾脏.", "Hypertension impairs the kidney."},
      {"disposal", "Labs 将肝细胞转化为干细胞.", "Labs convert hepatocytes into stem cells."},
      {"disposal-it", "护士将其冷冻.", "Nurses freeze it."},
      {"what-x-modal-verb", "家属应该知道什么", "What Family Members Should Know"},
      {"y-for-x", "给家属的建议", "Recommendations for Family Members"},
      {"x-is-needed", "需要更多研究.", "More research is needed."},
      {"comma-x-is-needed", "Doses vary, 需要更多研究.", "Doses vary, more research is needed."},
      {"which-makes", "Doses varied, 这使得小型试验难以解释.",
       "Doses varied, which makes small trials hard to explain."},
      {"which-makes-it-difficult", "Doses varied, 这使得比较结果变得困难.",
       "Doses varied, which makes it difficult to compare results."},
      {"causing", "The virus spread, 导致肝脏炎症.", "The virus spread, causing liver inflammation."},
      {"x-includes", "主要风险包括感染.", "The main risks include infection."},
      {"but-x-includes", "It varies, 但已知的原因包括吸烟.", "It varies, but known causes include smoke."},
      {"verb-have", "这些细胞似乎存在缺陷.", "These cells appear to have defects."},
      {"x-has-no-y", "这些研究都没有对照组.", "These studies have no control group."},
      {"modal-guided-by", "注射必须在超声引导下进行.", "Injection must be guided by ultrasound."},
      {"modal-performed-under", "该手术可在局部麻醉下进行.", "The surgery can be performed under local anesthesia."},
      {"in-the-form-of", "It is given 以凝胶的形式.", "It is given in the form of gel."},
      {"before-it-clause", "在它成为常规治疗之前, tests are needed.",
       "Before it becomes conventional therapy, tests are needed."},
      {"before-clause", "在患者接受手术之前, doctors check blood.",
       "Before patients undergo surgery, doctors check blood."},
      {"after-clause", "在细胞进入血液之后, they spread.", "After cells enter blood, they spread."},
      {"once-x-infected", "一旦关节感染, pain rises.", "Once joint becomes infected, pain rises."},
      {"x-after", "Fever may appear 药物过量之后.", "Fever may appear after drug overdose."},
      {"but-x-is-needed", "Doses vary, 但需要更大规模的试验 to compare them.",
       "Doses vary, but larger trials are needed to compare them."},
      {"besides", "除手术外, rest helps.", "Besides surgery, rest helps."},
      {"verb-in-x", "Drugs 在肝脏中积累.", "Drugs accumulate in the liver."},
      {"carry-out-in-x", "Teams 在小鼠中进行基因编辑.", "Teams carry out gene editing in mice."},
      {"in-one-x", "在一项试验中, pain fell.", "In one trial, pain fell."},
      {"because-modal-passive", "由于肝脏可能受到影响, nurses check it.",
       "Because the liver may be affected, nurses check it."},
      {"because-clause", "由于干细胞分泌因子, they help.", "Because stem cells secrete factors, they help."},
      {"because-can-also", "由于干细胞也能分泌因子, they help.",
       "Because stem cells can also secrete factors, they help."},
      {"may-also", "Nurses 也可能 help.", "Nurses may also help."},
      {"can-also", "Cells 还能 divide.", "Cells can also divide."},
      {"can-now", "Doctors 现在可以 test it.", "Doctors can now test it."},
      {"y-without-x", "没有家族史的患者 rarely need it.", "Patients without family history rarely need it."},
      {"y-without-x", "没有副作用的药物 exist.", "Drugs without side effects exist."},
      {"y-with-x", "患有糖尿病的儿童 need insulin.", "Children with diabetes need insulin."},
      {"y-with-x", "有家族史的年轻患者 need tests.", "Young patients with family history need tests."},
      {"patients-who", "接受手术的患者 rest.", "Patients who undergo surgery rest."},
      {"people-who-wish", "想要减肥的人 need support.", "People who wish to lose weight need support."},
      {"y-from-x", "They used 来自供者的细胞.", "They used cells from donors."},
      {"for-most", "对大多数患者来说, it helps.", "For most patients, it helps."},
      {"disposal-inject", "Nurses 将药物注入肌肉.", "Nurses inject drugs into muscle."},
      {"disposal-inject-directly", "Doctors 将干细胞直接注入心脏.",
       "Doctors inject stem cells directly into the heart."},
      {"disposal-directly-into", "They 将细胞直接转移到肝脏.", "They transfer cells directly into the liver."},
      {"disposal-directly", "Labs 将样本直接冷冻.", "Labs freeze samples directly."},
      {"disposal-together", "Labs 将两种细胞一起培养.", "Labs culture two cells together."},
      {"both-x", "两种药物都 reduce pain.", "Both drugs reduce pain."},
      {"y-of-both-x", "两项试验的结果都 improved.", "The results of both trials improved."},
      {"both-x", "这两种药物都 reduce pain.", "Both drugs reduce pain."},
      {"all-x", "所有患者都对治疗有反应.", "All patients respond to treatment."},
      {"all-x", "所有的细胞均 come from bone marrow.", "All cells come from bone marrow."},
      {"not-all-x", "并非所有患者都对治疗有反应.", "Not all patients respond to treatment."},
      {"after-verb-ing", "Pain returned 在停止治疗后.", "Pain returned after stopping treatment."},
      {"x-before-comma", "手术前, patients fast.", "Before surgery, patients fast."},
      {"not-respond-to", "Some tumors 对化疗没有反应.", "Some tumors do not respond to chemotherapy."},
      {"can-be-ved-from", "Stem cells 可以从脂肪组织中分离.", "Stem cells can be isolated from adipose tissue."},
      {"more-than-half-of", "超过一半的患者 improved.", "More than half of patients improved."},
      {"half-of", "一半的样本 failed.", "Half of samples failed."},
      {"disposal-inject-through", "Doctors 将细胞通过导管注入心脏.",
       "Doctors inject cells through catheters into the heart."},
      {"disposal-through-into", "Surgeons 将药物通过导管转移到肝脏.",
       "Surgeons transfer drugs through catheters into the liver."},
      {"can-by-verb-ing", "Stem cells 可以通过分泌生长因子, 促进修复.",
       "Stem cells can, by secreting growth factors, promote repair."},
      {"remains-small", "The number of donors 仍然很少.", "The number of donors remains small."},
      {"in-the-published", "在已发表的研究中, pain fell.", "In the published studies, pain fell."},
      {"differences-in", "剂量的差异 matter.", "Differences in dose matter."},
      {"differences-in", "这些试验之间的差异 matter.", "Differences in these trials matter."},
      {"further-x-is-needed", "需要进一步设计良好的试验 to confirm it.",
       "Further well-designed trials are needed to confirm it."},
      {"the-need-for", "Outcomes, 例如是否需要手术, vary.", "Outcomes, such as the need for surgery, vary."},
      {"whether-x", "患者是否需要手术 is unclear.", "Whether patients need surgery is unclear."},
      {"there-are-about-worldwide", "全球约有500万患者.", "There are about 5 million patients worldwide."},
      {"there-are-worldwide", "全球有许多患者.", "There are many patients worldwide."},
      {"there-are-currently", "目前有三种药物.", "There are currently three drugs."},
      {"there-are-currently", "目前有一种疗法.", "There is currently a therapy."},
      {"there-is-currently-no", "目前还没有特效药.", "There is currently no specific drug."},
      // X相关的Y takes a noun X, not a count before 相关 (数百项 "hundreds of").
      {"there-are-currently", "目前有数百项相关临床试验.", "There are currently hundreds of related clinical trials."},
      {"there-are-about-each-year", "每年约有两个新病例.", "There are about two new cases each year."},
      {"more-than-worldwide", "全球患者超过两千万.", "More than 20 million patients worldwide."},
      {"which-suggests", "Grafts survived, 这表明细胞可以存活.",
       "Grafts survived, which suggests that cells can survive."},
      {"is-caused-by", "The disease 是由病毒引起的.", "The disease is caused by viruses."},
      {"caused-by-predicate", "The disease is 由病毒引起的.", "The disease is caused by viruses."},
      {"developed-x", "Some patients 出现了并发症.", "Some patients developed complications."},
      {"z-of-x-in-y", "干细胞在心脏病中的作用 is unclear.", "The role of stem cells in heart disease is unclear."},
      {"z-of-x-in-y-fangmian", "干细胞在心脏病方面的应用 is new.",
       "The application of stem cells in heart disease is new."},
      {"subject-verbs-y-in-verbing-x", "干细胞在治疗心脏病方面显示出巨大潜力.",
       "Stem cells show great potential in treating heart disease."},
      {"subject-is-very-adj-in-verbing-x", "该药物在降低血压方面很有效.",
       "The drug is very effective in lowering blood pressure."},
      {"in-verbing-x", "在治疗心脏病方面, 干细胞很有前景.",
       "In treating heart disease, stem cells are very promising."},
      {"subject-is-adj-in-verbing-x", "这种疗法在减轻疼痛方面安全.", "This therapy is safe in reducing pain."},
      {"verb-in-the-body", "干细胞可以在体内分化为神经元.", "Stem cells can differentiate into neurons in the body."},
      {"verb-in-vitro", "Teams 在体外培养细胞.", "Teams culture cells in vitro."},
      {"verb-in-x", "细胞在肝脏中产生蛋白质.", "Cells generate proteins in the liver."},
      {"different-types-of", "They grow 不同类型的细胞.", "They grow different types of cells."},
      {"various-types-of", "They grow 各种类型的细胞.", "They grow various types of cells."},
      {"more-types-of", "They treat 更多类型的疾病.", "They treat more types of disease."},
      {"performed-through-x", "Dialysis 通常通过导管进行.", "Dialysis usually is performed through catheters."},
      {"x-is-associated-with", "这种疾病与基因突变有关.", "This disease is associated with gene mutations."},
      {"x-is-considered", "干细胞被认为是一种新疗法.", "Stem cells are considered a novel therapy."},
      {"it-is-considered", "它被认为是安全的.", "It is considered safe."},
      {"subject-was-published-in", "该研究发表在《柳叶刀》上.", "This study was published in The Lancet."},
      {"subject-is-not-suitable-for", "该疗法不适用于孕妇.", "The therapy is not suitable for pregnant women."},
      {"subject-is-not-suitable-for", "干细胞治疗并不适用于所有患者.",
       "Stem cell therapy is not suitable for all patients."},
      {"subject-is-suitable-for", "这种方法适用于儿童.", "This approach is suitable for children."},
      {"subject-was-published-in", "这些结果发表在期刊上.", "These findings were published in journals."},
      {"published-in", "Results 发表在《新英格兰医学杂志》上.",
       "Results published in The New England Journal of Medicine."},
      {"z-of-x-is-about-n-each-time", "这种疗法的费用约为每次5万元.",
       "The costs of this therapy are about 50,000 yuan per session."},
      {"they-are-considered", "它们被认为是干细胞.", "They are considered stem cells."},
      {"x-based-yi-wei-jichu", "They use 以干细胞为基础的疗法.", "They use stem cell-based therapy."},
      {"x-comparative-than-y", "干细胞比药物更有效.", "Stem cells are more effective than drugs."},
      {"comparative-than-y", "It is 比安慰剂更安全.", "It is safer than placebo."},
      {"more-than-y", "It is 比安慰剂更加稳定.", "It is more stable than placebo."},
      {"between-x", "Results 在不同研究之间 vary.", "Results between different studies vary."},
      {"counted-relative-clause", "两种治疗肝病的药物 exist.", "Two drugs treating liver disease exist."},
      {"possessive-de-list", "They measured 供者的心率, 血压和体温.",
       "They measured the heart rate, blood pressure and body temperature of donors."},
      {"possessive-de-list", "They measured 供者的心率，血压与体温.",
       "They measured the heart rate, blood pressure and body temperature of donors."},
      {"subject-has-x", "一名儿童出现皮疹.", "One child has rash."},
      {"subject-has-x", "小鼠会出现皮疹.", "Mice have rash."},
      {"subject-also-has-x", "少数供者也会出现头痛.", "A few donors also have headache."},
      {"they-have-x", "Later 它们出现皮疹.", "Later they have rash."},
      {"they-also-have-x", "她们也会出现头痛.", "They also have headache."},
      {"verb-comparative-than-y", "小鼠比大鼠恢复得更快.", "Mice restore faster than rats."},
      {"verb-comparative-than-y", "这种细胞比成纤维细胞生长得更快.", "This cell grows faster than fibroblasts."},
      {"patients-with", "Nurses visit 糖尿病患者.", "Nurses visit patients with diabetes."},
      {"patients-with", "早期帕金森病患者 walk.", "Patients with early Parkinson's disease walk."},
      {"y-of-patients-with", "肥胖患者的血压 rose.", "The blood pressure of patients with obesity rose."},
      {"in-patients-with", "在哮喘患者中, sleep is poor.", "In patients with asthma, sleep is poor."},
      {"verb-in-patients-with", "Rashes 在白血病患者中出现.", "Rashes develop in patients with leukemia."},
      {"elderly-patients-with", "老年高血压患者 fall.", "Elderly patients with hypertension fall."},
      {"women-with", "Nurses visit 女性乳腺癌患者.", "Nurses visit women with breast cancer."},
      {"children-with", "儿童哮喘患者 cough.", "Children with asthma cough."},
      {"children-with-huaner", "哮喘患儿 cough.", "Children with asthma cough."},
      {"can-survive-long-term", "移植的细胞能够长期存活.", "Transplanted cells can survive long-term."},
      {"no-x-is-found", "In half of cases, 找不到病因.", "In half of cases, no cause is found."},
      {"verb-faster-than-y", "小鼠比大鼠恢复得快.", "Mice restore faster than rats."},
      {"verb-more-slowly-than-y", "小鼠比大鼠恢复得慢.", "Mice restore more slowly than rats."},
      {"verb-better-than-y", "小鼠比大鼠恢复得好.", "Mice restore better than rats."},
      {"verb-earlier-than-y", "症状比对照组出现得早.", "Symptoms develop earlier than control group."},
      {"verb-later-than-y", "症状比对照组出现得晚.", "Symptoms develop later than control group."},
      {"verb-faster-than-expected", "小鼠比预期恢复得快.", "Mice restore faster than expected."},
      {"verb-more-slowly-than-expected", "小鼠比预期恢复得慢.", "Mice restore more slowly than expected."},
      {"adjective-de", "Scars hold 过多的胶原蛋白.", "Scars hold excessive collagen."},
      {"neither-of-x-can", "两种手术都不能 restore the joint.", "Neither of the surgeries can restore the joint."},
      {"why-x", "为什么是脐带血", "Why Umbilical Cord Blood"},
      {"verb-after-x", "患者在输注后出现发热.", "Patients develop fever after infusion."},
      {"verb-after-verb-ing", "患者在停止治疗后出现发热.", "Patients develop fever after stopping treatment."},
      {"verb-before-x", "Tumors 在手术前缩小.", "Tumors shrink before surgery."},
      {"y-at-x", "They record 移植时的体重.", "They record the body weight at transplantation."},
      {"why-x-modal-verb", "Nobody knows 干细胞为什么能修复组织.", "Nobody knows why stem cells can repair tissue."},
      {"why-x-verb", "We ask 患者为何拒绝治疗.", "We ask why patients refuse treatment."},
      {"verb-through-x", "患者通过饮食控制血糖.", "Patients control blood glucose through diet."},
      {"verb-through-x", "8名患者通过导管接受了干细胞.", "8 patients received stem cells through catheters."},
      {"patients-who-combined", "接受化疗联合放疗的患者 recover.",
       "Patients who receive chemotherapy combined with radiotherapy recover."},
      {"x-combined-with-y", "手术联合化疗 is common.", "Surgery combined with chemotherapy is common."},
      {"each-year-per-n-people-about", "每年每十万人中约有五个新病例.",
       "Each year, per 100,000 people, there are about five new cases."},
      {"each-year-per-n-people", "每年每百万人中有两个新病例.",
       "Each year, per million people, there are two new cases."},
      {"whether-it", "Tests show 它是否 works.", "Tests show whether it works."},
      {"whether-they", "We ask 它们是否 work.", "We ask whether they work."},
      {"only-x-can", "只有大型试验才能 answer it.", "Only large trials can answer it."},
      {"verb-slowly", "Even then 它们生长缓慢.", "Even then they grow slowly."},
      {"relative-clause-verb-slowly", "生长缓慢的细胞 persist.", "Cells that grow slowly persist."},
      {"verb-again", "Later 卵泡重新生长.", "Later ovarian follicles grow again."},
      {"tend-to-verb", "With age 它们容易变成脂肪细胞.", "With age they tend to turn into adipocytes."},
      {"a-small-proportion-of", "一小部分患者 relapse.", "A small proportion of patients relapse."},
      {"need-regular-x", "Donors 需要定期进行血液检查.", "Donors need regular blood tests."},
      {"most-likely-to", "Ask 哪些供者最有可能获益.", "Ask which donors are most likely to benefit."},
      {"most-often-after", "Sepsis occurs 最常见于手术之后.", "Sepsis occurs most often after surgery."},
      {"verb-at-x", "Donors 在医院接受治疗.", "Donors receive treatment in hospitals."},
      {"in-x-verb-zhong", "在骨骼修复中, cells help.", "In the skeleton repair, cells help."},
      {"use-x-to-verb", "Doctors 用超声来引导注射.", "Doctors use ultrasound to guide injection."},
      {"the-body-of-x", "Nurses 将药物注入患者体内.", "Nurses inject drugs into the body of patients."},
      {"in-the-body-of-x", "在小鼠体内, cells divide.", "In the body of mice, cells divide."},
      {"y-in-the-body", "Drugs raise 体内的胰岛素水平.", "Drugs raise insulin levels in the body."},
      {"verb-in-the-body-of-x", "细胞在小鼠体内存活 for weeks.", "Cells survive in the body of mice for weeks."},
      {"what-is-y-of-x", "Q: 这种手术的风险是什么?", "Q: what are the risks of this surgery?"},
      {"what-is-x", "Q: 间充质干细胞是什么？", "Q: what are mesenchymal stem cells?"},
      {"make-up-share-of", "Children 占患者的45%.", "Children make up 45% of patients."},
      {"make-up-share-of", "Children 占患者的百分之四十.", "Children make up 40% of patients."},
      {"make-up-about-share-of", "Children 约占患者的12.5％.", "Children make up about 12.5％ of patients."},
      {"accounting-for-share-of", "Lupus, 占女性的3%, is rare.", "Lupus, accounting for 3% of women, is rare."},
      {"make-up-about-share-of", "Gout 大约占男性的4%.", "Gout make up about 4% of men."},
      {"more-than-percent-of", "80%以上的患者 recovered.", "More than 80% of patients recovered."},
      {"about-quantity", "约35%的儿童 recovered.", "About 35% of children recovered."},
      {"about-quantity", "Nurses gave 大约250 mg daily.", "Nurses gave about 250 mg daily."},
      {"about-quantity", "大约1,200名患者 enrolled.", "About 1,200 patients enrolled."},
      {"m-in-every-n-people", "每20人中有1人 relapsed.", "1 in every 20 people relapsed."},
      {"n-times-x", "Costs reached 对照组的3.5倍.", "Costs reached 3.5 times control group."},
      {"increased-by-percent", "Scores 增加了15%.", "Scores increased by 15%."},
      {"fell-by-percent", "Relapses 降低25%.", "Relapses fell by 25%."},
      {"time-after-x", "Half relapse 在手术后两年内.", "Half relapse within two years after surgery."},
      {"time-after-verb-ing", "Few relapse 在停药后一年内.", "Few relapse within one year after stopping medication."},
      {"time-after-surgery", "Pain eased 在术后两周内.", "Pain eased within two weeks after surgery."},
      {"after-x", "在手术后30%的患者 relapse.", "After surgery 30% of patients relapse."},  // a share is no {N:time}
      {"the-lower-the-x", "温度越低，存活率越高.", "The lower the temperature, the higher the survival rate."},
      {"the-smaller-the-x", "In mice, 剂量越小, 毒性就越弱.",
       "In mice, the smaller the dose, the weaker the toxicity."},
      {"the-more-adj-the-x", "炎症越严重, pain grows.", "The more severe the inflammation, pain grows."},
      {"the-greater-the-y-of-x", "患者的年龄越大, 风险越高.", "The greater the age of patients, the higher the risks."},
      {"the-smaller-the-y-of-x", "肿瘤的体积越小, 效果就越好.",
       "The smaller the volume of tumor, the better the effect."},
      {"the-more-the-better", "越稳定越好.", "The more stable, the better."},
      {"the-more-the-more", "越稳定越有效.", "The more stable, the more effective."},
      {"the-earlier-the-better", "Treat it 越早越好.", "Treat it the earlier, the better."},
      {"increasingly", "疾病越来越严重.", "Disease is increasingly severe."},  // no 越 half takes 越来越
      {"time-after-treatment", "Pain eased 在治疗后6个月内.", "Pain eased within 6 months after treatment."},
      {"time-after-treatment", "Few relapse 在治疗后三到五年内.",
       "Few relapse within three to five years after treatment."},
      {"after-treatment", "Pain eased 在治疗后.", "Pain eased after treatment."},
      {"time-after-birth", "Cooling starts 在出生后6小时内.", "Cooling starts within 6 hours after birth."},
      {"after-birth-zai", "Cells were given 在出生后.", "Cells were given after birth."},
      {"before-birth-zai", "Bones can break 在出生前.", "Bones can break before birth."},
      {"x-after-comma", "移植后, patients rest.", "After transplantation, patients rest."},
      {"x-after-comma", "Rest helps. 手术后，pain falls.", "Rest helps. After surgery, pain falls."},
      {"can-exceed-quantity", "The rate 可超过40%.", "The rate can exceed 40%."},
      {"may-exceed-quantity", "The rate 可能超过30%.", "The rate may exceed 30%."},
      {"no-x-reported", "目前尚未报告严重副作用.", "No serious side effects have been reported."},
      {"is-a-y-of-x", "It 是一种血液的疾病.", "It is a disease of blood."},
      {"subject-is-caused-by", "该病由病毒引起.", "The disease is caused by viruses."},
      {"subject-is-mainly-caused-by", "这种损伤主要由炎症导致.", "This damage is mainly caused by inflammation."},
      {"subject-is-usually-caused-by", "疼痛通常由炎症引起.", "Pain is usually caused by inflammation."},
      {"take-time-to-verb", "Doctors 需要两周才能完成.", "Doctors take two weeks to complete."},
      {"verb-within-time", "症状在三天内消失.", "Symptoms disappear within three days."},
      {"verb-within-time", "患者在6个月后出现发热.", "Patients develop fever after 6 months."},
      {"verb-on-their-own-within-time", "Rashes 在几天内自行消失.",
       "Rashes disappear on their own within several days."},
      {"verb-every-time", "Doctors 每两个月更换一次.", "Doctors replace every two months."},
      {"need-to-verb-x-to-verb", "患者通常需要接受多次注射才能看到效果.",
       "Patients usually need to receive repeated injections to see effect."},
      {"must-verb-x-to-verb", "患者必须服用药物才能控制症状.", "Patients must take drugs to control symptoms."},
      {"verb-x-to-verb", "他服用药物才能控制症状.", "He takes drugs to control symptoms."},
      {"has-fallen-below", "死亡风险已降至1%以下.", "Risk of death has fallen below 1%."},
      {"diagnosis-is-based-on", "诊断依据症状和血液检查.", "Diagnosis is based on symptoms and blood tests."},
      {"diagnosis-is-mainly-based-on", "诊断主要依据症状.", "Diagnosis is mainly based on symptoms."},
      {"x-is-compared-with-y", "手术与药物进行了比较.", "Surgery is compared with drugs."},
      {"compared-with-y-jinxing", "The team 与安慰剂进行比较.", "The team compared with placebo."},
      {"carry-out-y-on-x", "医生对患者进行基因检测.", "Doctors carry out genetic testing on patients."},
      {"carried-out-y-on-x", "医生对患者进行了放射治疗.", "Doctors carried out radiotherapy on patients."},
      {"is-a-modified-noun", "It 是一种罕见的疾病.", "It is a rare disease."},  // an adjective: no "of"
      {"after-treatment", "在治疗后30%的患者 relapse.",
       "After treatment 30% of patients relapse."},  // a share is no {N:time}
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("the disease slot takes a noun phrase that ends in the name of a disease", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"手术患者 rest.", "Surgery patients rest."},
      {"Nurses visit 透析患者.", "Nurses visit dialysis patients."},
      {"Nurses visit 关节炎患者.", "Nurses visit patients with arthritis."},
      {"Nurses visit 肾衰竭患者.", "Nurses visit patients with renal failure."},
      {"一些糖尿病患者 improve.", "Some patients with diabetes improve."},
      {"两名白血病患者 died.", "Two patients with leukemia died."},
  }));
  CAPTURE(input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clause order: results, causes, parts, durations of an activity and shares of a group", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"is-the-result-of", "肝硬化是慢性肝炎的结果.", "Liver cirrhosis is the result of chronic hepatitis."},
      {"is-caused-by-suozhi", "这种疼痛是神经损伤所致.", "This pain is caused by nerve injury."},
      {"y-caused-by-x-suozhi", "药物所致的肝损伤 is rare.", "Liver injury caused by drugs is rare."},
      {"y-made-up-of-x", "软骨是由细胞和纤维组成的组织.", "Cartilage is tissue made up of cells and fibers."},
      {"a-group-of", "Doctors saw 一组数据.", "Doctors saw a group of data."},
      {"time-of-observation", "观察四周后, the wound closed.", "After four weeks of observation, the wound closed."},
      {"time-of-follow-up", "随访五年后, 患者 stayed well.", "After five years of follow-up, patients stayed well."},
      {"time-of-treatment", "治疗六个月后, pain fell.", "After six months of treatment, pain fell."},
      {"share-of-y-in-x-group", "手术组75%的患者 walked again.", "75% of patients in the surgery group walked again."},
      {"share-of-y-in-placebo-group", "In 安慰剂组20%的患者, pain returned.",
       "In 20% of patients in the placebo group, pain returned."},
      {"share-of-y-in-treatment-group", "治疗组60%的患者 improved.",
       "60% of patients in the treatment group improved."},
      {"patients-who", "接受移植的患者 need checks.", "Patients who receive transplants need checks."},
      {"children-who", "接受移植的儿童 grew well.", "Children who receive transplants grew well."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clause order: 在X时, 对X的效果, X后的Y and 随着X增加", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"during-x-shi", "Nurses watch 在手术时.", "Nurses watch during surgery."},
      {"at-time-shi", "在六个月时, 疼痛减轻.", "At six months, pain decreases."},  // a time: "at", not "during"
      {"its-effect-on", "其对关节的影响 is small.", "Its effect on joint is small."},
      {"effect-on", "Trials test 对骨骼的作用.", "Trials test the effect on the skeleton."},
      {"y-after-verb", "移植后的随访 is long.", "Follow-up after transplantation is long."},
      {"y-after-x", "手术后的疼痛 is mild.", "Pain after surgery is mild."},
      {"y-after-treatment", "治疗后的恢复 is slow.", "Recovery after treatment is slow."},
      {"with-increasing-no-de", "随着剂量增加, side effects grew.", "With increasing dose, side effects grew."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clause order: X最A的Y之一 is one of the most A Y of X", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"one-of-the-a-y-of-x", "疼痛是关节炎最常见的症状之一.", "Pain is one of the most common symptoms of arthritis."},
      {"one-of-the-most-y", "感染是最严重的并发症之一.", "Infection is one of the most severe complications."},
      {"one-of-the-a-y-of-x", "肥胖是糖尿病重要的危险因素之一.",
       "Obesity is one of the important risk factors of diabetes."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clause order: 由X及其Z组成的Y is Y made up of X and their Z", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("心脏是由肌肉及其血管组成的器官.", {Target::en}).text ==
        "The heart is organ made up of muscle and their blood vessels.");
}

TEST_CASE("the rules reorder questions, 患X的Y, 在X身上, 提供 + a verb and spans of time", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"can-x-verb-question", "Next, 药物能否逆转纤维化?", "Next, can drugs reverse fibrosis?"},
      {"can-x-verb-question", "Doctors ask: 这种疗法可否治疗关节炎?", "Doctors ask: can this therapy treat arthritis?"},
      {"whether-x-can", "They test 干细胞能否修复软骨.", "They test whether stem cells can repair cartilage."},
      {"what-happens-in-x", "Below, 肝脏中发生了什么.", "Below, what happens in the liver."},
      {"y-with-disease", "Vets treat 患关节炎的狗.", "Vets treat dogs with arthritis."},
      {"verb-in-x-shenshang", "研究人员在小鼠身上测试了这种药物.", "Researchers tested this drug in mice."},
      {"in-x-shenshang", "It worked 在小鼠身上.", "It worked in mice."},
      {"subject-provides-verb-noun-for", "这种疗法为患者提供希望.", "This therapy provides hope for patients."},
      {"provided-verb-noun-for", "这些诊所为患者提供了帮助.", "These clinics provided help for patients."},
      {"the-proportion-of", "男性的比例 rose.", "The proportion of men rose."},
      {"the-number-of", "患者的数量 rose.", "The number of patients rose."},
      {"for-time-lai", "二十多年来, it failed.", "For more than twenty years, it failed."},
      {"for-many-years-henduo", "很多年来, it failed.", "For many years, it failed."},
      {"how-x-is-ved", "They explain 这些细胞是如何制造的.", "They explain how these cells are manufactured."},
      {"as-x-progresses-bare", "随着肿瘤进展, pain grows.", "As tumor progresses, pain grows."},
      {"as-x-worsens", "随着病情恶化, pain grows.", "As condition worsens, pain grows."},
      {"y-without-need-of-x", "无需手术的治疗 helps.", "Treatment without surgery helps."},
      {"children-with-disease", "哮喘儿童 rest.", "Children with asthma rest."},
      {"boys-with-disease", "白血病男孩的父母 worry.", "The parents of boys with leukemia worry."},
      {"women-with-disease", "糖尿病女性 rest.", "Women with diabetes rest."},
      {"y-of-children-with", "哮喘儿童的父母 worry.", "The parents of children with asthma worry."},
      {"why-x-matters", "They explain 为什么睡眠很重要.", "They explain why sleep matters."},
      {"is-x-adj-ma", "Now, 这些支架安全吗?", "Now, are these scaffolds safe?"},
      {"is-x-really-adj-ma", "Now, 这种疗法真的有效吗?", "Now, is this therapy really effective?"},
      {"is-x-worth-verbing-ma", "Now, 这种疗法值得尝试吗?", "Now, is this therapy worth trying?"},
      {"can-x-verb-ma", "Now, 干细胞能修复软骨吗?", "Now, can stem cells repair cartilage?"},
      {"x-is-adj-in-y", "这种方法在小鼠中有效.", "This approach is effective in mice."},
      {"x-is-more-adj-in-y", "这种疾病在老年人中更常见.", "This disease is more common in older adults."},
      {"x-is-more-adj-for-y", "这种疗法对年轻患者更有效.", "This therapy is more effective for young patients."},
      {"x-is-adj-for-y", "这种疗法对关节炎有效.", "This therapy is effective for arthritis."},
      {"subject-more-likely-to-develop", "老年人更容易患这种病.",
       "Older adults are more likely to develop this illness."},
      {"developed-disease", "Later, 他们患上了糖尿病.", "Later, they developed diabetes."},
      {"develop-disease", "Few dogs 患关节炎.", "Few dogs develop arthritis."},
      {"thereby-verbing", "Rest eases pain, 从而改善睡眠.", "Rest eases pain, thereby improving sleep."},
      {"can-y-of-x-verb-question", "Now, 干细胞的移植能否治疗关节炎?",
       "Now, can the transplantation of stem cells treat arthritis?"},
      {"is-y-of-x-adj-ma", "Now, 这种药物的剂量安全吗?", "Now, is the dose of this drug safe?"},
      {"z-of-x-is-adj-in-y", "这种疗法的效果在儿童中更好.", "The effect of this therapy is better in children."},
      {"z-of-x-is-about-n", "手术的成功率约为80%.", "The success rate of surgery is about 80%."},
      {"x-is-n", "平均年龄为45岁.", "Average age is 45 years old."},
      {"x-is-ved-by-y", "该研究由一家公司资助.", "This study is funded by one company."},
      {"x-is-made-up-of-y", "该组织由多种细胞组成.", "The tissue is made up of various cells."},
      {"x-not-only-a-but-also-b", "这些支架不仅便宜，也安全.",
       "These scaffolds are not only inexpensive but also safe."},
      {"what-the-studies-found", "They ask 研究发现了什么.", "They ask what the studies found."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("尚未/还没有 V is the present perfect, has/have not yet V-ed", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"subject-has-not-yet-verbed", "这种药物尚未获得批准.", "This drug has not yet gained approval."},
      {"subject-has-not-yet-verbed", "这些诊所还没有获得批准.", "These clinics have not yet gained approval."},
      {"it-has-not-yet-verbed", "它尚未获得批准.", "It has not yet gained approval."},
      {"they-have-not-yet-verbed", "它们仍未获得批准.", "They have not yet gained approval."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("在过去的N里/中/间 is in the past N", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("在过去的五年里, it grew.", {Target::en}).text == "In the past five years, it grew.");
  CHECK(n.normalize("过去的三年中, it grew.", {Target::en}).text == "In the past three years, it grew.");
}

TEST_CASE("a pronoun subject of A吗? takes the copula first: is it A?, are they A?", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("Now, 它有效吗？", {Target::en}).text == "Now, is it effective?");
  CHECK(n.normalize("Now, 它们安全吗?", {Target::en}).text == "Now, are they safe?");
}

TEST_CASE("a pronoun subject of 为X提供Y agrees with provide", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("它为医生提供支持.", {Target::en}).text == "It provides support for doctors.");
  CHECK(n.normalize("Now, 它们为医生提供支持.", {Target::en}).text == "Now, they provide support for doctors.");
}

TEST_CASE("a reporting phrase before a comma and a clause: no comma, and that where it has none", "[rules][grammar]") {
  CHECK(english("数据显示, 炎症起着关键作用.") == "Data show that inflammation plays a key role.");
  CHECK(english("证据表明，炎症起着关键作用.") == "Evidence suggests that inflammation plays a key role.");
  CHECK(english("专家表示, it is safe.") == "Experts say that it is safe.");
  CHECK(english("So 数据显示, it works.") == "So data show that it works.");
  // A subject and 提示/表明 or 显示/证实, in rules, the verb agreeing with it.
  CHECK(english("动物实验证实, 该方法安全.") == "Animal studies show that the approach is safe.");
  CHECK(english("这种证据提示, 炎症起着关键作用.") == "This evidence suggests that inflammation plays a key role.");
  // A one-word reporting verb after its subject, the same; with no subject before it, as written.
  CHECK(english("医生表示, 这种疗法很安全.") == "Doctors say that this therapy is very safe.");
  CHECK(english("作者指出, it is small.") == "Authors point out that it is small.");
  CHECK(english("他们认为, it works.") == "They believe that it works.");
  CHECK(english("认为, it is.") == "Believe, it is.");
  // Not before a colon, nor a comma that ends the line.
  CHECK(english("结果表明: 炎症.") == "The results show that: inflammation.");
  CHECK(english("数据显示,") == "Data show that,");
  // The report's edits still rebuild the output.
  const Result r = default_normalizer().normalize("专家表示，该疗法安全.", {Target::en});
  CHECK(r.text == "Experts say that the therapy is safe.");
  CHECK(invariants::check_all(default_normalizer(), "专家表示，该疗法安全.", {Target::en}) == "");
}

TEST_CASE("{Y|plural}: one of the Y and a group of Y, N groups of Y write Y in the plural", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"one-of-the-most-y", "手术是最有效的治疗之一.", "Surgery is one of the most effective treatments."},
      {"one-of-the-most-y-of-x", "这是干细胞治疗最重要的机制之一.",
       "This is one of the most important mechanisms of stem cell therapy."},
      {"one-of", "疲劳是原因之一.", "Fatigue is one of the causes."},
      {"one-of", "研究之一.", "One of the studies."},
      {"a-group-of", "一组患者接受了移植.", "A group of patients received transplantation."},
      {"a-group-of", "一组研究.", "A group of studies."},
      {"n-groups-of", "研究人员比较了两组小鼠.", "Researchers compared two groups of mice."},
      {"n-groups-of", "三组患者接受了治疗.", "Three groups of patients received treatment."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

// Eighth held-out round (heldout8): each rule on sentences of our own.
TEST_CASE("eighth held-out round: shares, parts, times before, between, sources and putting into", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"accounting-for-share-range-of", "肺癌很常见, 占癌症死亡的20%至25%.",
       "Lung cancer is very common, accounting for 20% to 25% of cancer death."},
      {"accounting-for-about-share-of", "这种病很罕见, 约占住院患者的5%.",
       "This illness is rare, accounting for about 5% of inpatients."},
      {"make-up-about-share-range-of", "女性约占患者的60%至70%.", "Women make up about 60% to 70% of patients."},
      {"make-up-share-range-of", "儿童占患者的10%至15%.", "Children make up 10% to 15% of patients."},
      {"part-of-x", "康复是治疗的一部分.", "Rehabilitation is part of treatment."},
      {"some-of-x", "一部分患者需要手术.", "Some patients need surgery."},
      {"time-before-x", "在手术前两周, 患者停止用药.", "Two weeks before surgery, patients stop medication use."},
      {"verb-time-before-x", "变化在手术前两年就已出现.", "Changes develop two years before surgery."},
      {"verb-between-x", "细胞在血管之间形成新的网络.", "Cells form new networks between blood vessels."},
      {"diagnose-y-with-x", "医生通过血液检查诊断该病.", "Doctors diagnose the disease with blood tests."},
      {"y-grown-from-x", "由脂肪细胞培养的组织可以用于修复.", "Tissue grown from adipocytes can be used to repair."},
      {"y-derived-from-x", "Now, 由胚胎干细胞分化的神经元.", "Now, neurons derived from embryonic stem cells."},
      {"y-transplanted-into-x-yizhi", "移植到肝脏中的干细胞分泌因子.", "Stem cells transplanted into the liver secrete factors."},
      {"y-injected-into-x-zhushe", "注射到关节的干细胞减轻了疼痛.", "Stem cells injected into joint reduced pain."},
      {"can-be-injected-into-x-zhushe", "细胞可以注射到关节内.", "Cells can be injected into joint."},
      {"can-be-implanted-into-x-zhiru", "细胞能够植入到皮肤中.", "Cells can be implanted into skin."},
      {"can-no-longer-verb", "患者不再能行走.", "Patients can no longer walk."},
      {"can-no-longer-verb", "她不再能够工作.", "She can no longer work."},
      {"rarely-verb", "细胞很少能到达心脏.", "Cells rarely reach the heart."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("尚未被V: a verb already passive takes been, not a second participle", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("该疗法尚未被证明.", {Target::en}).text == "The therapy has not yet been shown.");
  CHECK(n.normalize("该药尚未被批准.", {Target::en}).text == "The medicine has not yet been approved.");
}

TEST_CASE("eighth held-out round: a Y in a country, should V only in X, been shown to V", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"a-y-in-south-korea", "在韩国的一项试验中, 患者获益.", "In a trial in South Korea, patients benefit."},
      {"a-y-in-japan", "日本的一个团队报告了结果.", "A team in Japan reported results."},
      {"should-verb-only-in-x", "医生只应在医院中使用这种药物.", "Doctors should use this drug only in hospitals."},
      {"subject-has-not-yet-been-shown-to", "该药尚未被证明能够降低死亡率.",
       "The medicine has not yet been shown to lower mortality."},
      {"subject-has-been-shown-to", "干细胞已被证明能够改善功能.", "Stem cells have been shown to improve function."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("eighth held-out round: 存在 after a subject or a place, people worldwide, easy to obtain", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"subject-has-x-cunzai", "该方法存在局限性.", "The approach has limitations."},
      {"subject-has-x-cunzai", "这种治疗存在感染风险.", "This treatment has infection risks."},
      {"there-are-x-between-y", "患者之间存在差异.", "There are differences between patients."},
      {"there-are-x-in-y", "骨髓中存在干细胞.", "There are stem cells in bone marrow."},
      {"about-people-worldwide-have-x", "全球约有5000万人患有糖尿病.", "About 50 million people worldwide have diabetes."},
      {"subject-is-easy-to-obtain", "脂肪组织很容易获得.", "Adipose tissue is easy to obtain."},
      {"subject-is-easy-to-obtain", "这些细胞容易获得.", "These cells are easy to obtain."},
      {"compared-with-y-verbing-x", "与接受安慰剂的患者相比, 他们恢复得更快.",
       "Compared with patients receiving placebo, they restore faster."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("X的Y: a bare singular part of the body as X takes the, a mass, a plural or a list does not",
          "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("They measured 关节的疼痛.", {Target::en}).text == "They measured the pain of the joint.");
  CHECK(n.normalize("They studied 椎间盘的退变.", {Target::en}).text ==
        "They studied the degeneration of the intervertebral disc.");
  CHECK(n.normalize("They studied 血液的成分.", {Target::en}).text == "They studied the components of blood.");
  CHECK(n.normalize("They studied 两个关节的疼痛.", {Target::en}).text == "They studied the pain of two joints.");
  CHECK(n.normalize("They studied 肝脏的功能.", {Target::en}).text == "They studied the function of the liver.");
}

TEST_CASE("虽然X，但Y: the clause after an although clause takes no but", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("虽然这种疗法有效，但费用很高.", {Target::en}).text ==
        "Although this therapy is effective, costs are very high.");
  CHECK(n.normalize("尽管风险很低, 但是需要监测.", {Target::en}).text ==
        "Although risks are very low, monitoring is needed.");
  CHECK(n.normalize("Although it works, 但费用很高.", {Target::en}).text == "Although it works, costs are very high.");
  // Without 虽然, or when the although clause is not the sentence's first, but stays.
  CHECK(n.normalize("这种疗法有效，但费用很高.", {Target::en}).text ==
        "This therapy is effective, but costs are very high.");
  CHECK(n.normalize("It works, although slowly, 但费用很高.", {Target::en}).text ==
        "It works, although slowly, but costs are very high.");
}

TEST_CASE("近 before N年来 goes with the duration: over the past N years, not nearly", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("近四年来, costs fell.", {Target::en}).text == "Over the past four years, costs fell.");
  CHECK(n.normalize("Costs fell 最近6年以来.", {Target::en}).text == "Costs fell over the past 6 years.");
  CHECK(n.normalize("近年来, costs fell.", {Target::en}).text == "In recent years, costs fell.");
  CHECK(n.normalize("近十年来, costs fell.", {Target::en}).text == "Over the past decade, costs fell.");
}

TEST_CASE("a count of one takes the template's counting noun before of in the singular", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("They compared 1组小鼠和2组大鼠.", {Target::en}).text ==
        "They compared 1 group of mice and 2 groups of rats.");
  CHECK(n.normalize("三组患者 rested.", {Target::en}).text == "Three groups of patients rested.");
}

TEST_CASE("在X下面 is under X, as 在X下 is", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("在这种条件下面, cells grow.", {Target::en}).text == "Under this condition, cells grow.");
  CHECK(n.normalize("在这种条件下, cells grow.", {Target::en}).text == "Under this condition, cells grow.");
}

TEST_CASE("修复 is the noun repair where a noun stands, in a rule's slot too", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("它们促进肌腱的修复.", {Target::en}).text == "They promote the repair of the tendon.");
  CHECK(n.normalize("Cells 修复 tissue.", {Target::en}).text == "Cells repair tissue.");
}

TEST_CASE("X说 before a comma or a colon is X said, 说 inside a word is that word", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("护士说：rest helps.", {Target::en}).text == "Nurses said: rest helps.");
  CHECK(n.normalize("她说, rest helps.", {Target::en}).text == "She said, rest helps.");
  CHECK(n.normalize("一般来说, rest helps.", {Target::en}).text == "In general, rest helps.");
}

TEST_CASE("a pronoun subject before 包括 takes the verb include, agreeing", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("它包括两个阶段.", {Target::en}).text == "It includes two stages.");
  CHECK(n.normalize("Risks vary. 她们包括儿童.", {Target::en}).text == "Risks vary. They include children.");
  CHECK(n.normalize("这些包括儿童.", {Target::en}).text == "These include children.");
  CHECK(n.normalize("Risks, 其中包括年龄.", {Target::en}).text == "Risks, including age.");
}

// Clauses round: relative clauses before their noun, opened by 负责, 在X中 or 经过.
TEST_CASE("clauses round: relative clauses opened by 负责, 在X中 and 经过", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"y-responsible-for-verbing-x", "负责运输氧气的细胞很小.",
       "Cells responsible for transporting oxygen are very small."},
      {"y-verbed-in-x", "在肝脏中产生的蛋白质进入血液.", "Proteins generated in the liver enter blood."},
      {"verbed-y-jingguo", "经过培养的细胞可以分泌因子.", "Cultured cells can secrete factors."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clauses round: S于T首次从X中V, the past of a first report agreeing with its subject", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("这些细菌于1983年首次从患者血液中分离出来.", {Target::en}).text ==
        "These bacteria were first isolated from patient blood in 1983.");
  CHECK(n.normalize("这种蛋白质于1975年首次从培养的细胞中分离出来.", {Target::en}).text ==
        "This protein was first isolated from cultured cells in 1975.");
  CHECK(n.normalize("这种细胞最早从骨髓中分离.", {Target::en}).text ==
        "This cell was first isolated from bone marrow.");
}

TEST_CASE("clauses round: a study that reports opens a clause with 'found that' or 'showed that'", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"a-study-found-that", "一项研究发现, 运动可以降低血压.",
       "A study found that exercise can lower blood pressure."},
      {"a-study-showed-that", "一项大型研究表明, 运动降低血压.",
       "A large study showed that exercise lowers blood pressure."},
      {"researchers-found-that", "研究人员发现这种药物有效.", "Researchers found that this drug is effective."},
      // With 了 the verb takes a noun as its object: no "that".
      {"researchers-found-that", "研究人员发现了一种新的蛋白质.", "Researchers discovered a new protein."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clauses round: the study's finding opens the clause before a possessive takes it", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  const std::string out = n.normalize("该研究发现患者的疼痛减轻.", {Target::en}).text;
  CHECK(out.rfind("The study found that the pain of patients", 0) == 0);
}

TEST_CASE("clauses round: topic and comment, S(的)反应更好 and X则Y", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"subject-responds-better", "女性患者的反应较好.", "Female patients respond better."},
      {"subject-responds-better", "这种细胞反应更好.", "This cell responds better."},
      {"subject-responds-best", "年轻患者的反应最好.", "Young patients respond best."},
      {"while-x-ze", "小鼠生长较快, 大鼠则生长较慢.", "Mice grow faster, while rats grow slower."},
      {"x-ze", "大鼠则生长较慢.", "Rats grow slower."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clauses round: S导致X V 'S causes X to V', after a comma 'causing X to V'", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"subject-causes-x-to-verb", "这些药物导致血压升高.", "These drugs cause blood pressure to rise."},
      {"causing-x-to-verb", "感染扩散, 导致血压升高.", "Infection spreads, causing blood pressure to rise."},
      // A noun after the caused noun is no verb: the plain "leads to".
      {"subject-causes-x-to-verb", "炎症导致细胞死亡.", "Inflammation leads to cell death."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clauses round: an action verb's object with a relative clause, 'W Y that V X'", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  auto [rule, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"verb-y-that-verbs-x", "肝脏储存调节血糖的激素.", "The liver stores hormones that modulate blood glucose."},
      {"verb-y-that-verbs-x", "医生研究保护神经元的蛋白质.", "Doctors study proteins that protect neurons."},
      // The clause's verb agrees with the noun it describes.
      {"verb-y-that-verbs-x", "医生推荐减轻疼痛的疗法.", "Doctors recommend therapy that reduces pain."},
      // 了 after the main verb: its past, and the relative clause as before.
      {"verb-y-that-verbs-x", "研究人员测试了减轻疼痛的疗法.", "Researchers tested therapy that reduces pain."},
      // After a modal or a verb that takes a verb, the possessive reading stays.
      {"verb-y-that-verbs-x", "它能减缓疾病的进展.", "It can slow the progress of disease."},
  }));
  CAPTURE(rule, input);
  CHECK(n.normalize(input, {Target::en}).text == expected);
}

TEST_CASE("clauses round: a verb that takes a verb (需要, 帮助) opens no relative clause", "[rules][grammar]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("它们需要修复组织的细胞.", {Target::en}).text.find(" that ") == std::string::npos);
  CHECK(n.normalize("它们帮助修复组织的细胞.", {Target::en}).text.find(" that ") == std::string::npos);
}

TEST_CASE("a count of exactly 1 takes the singular", "[rules][grammar]") {
  CHECK(english("We kept 1组小鼠 as controls.") == "We kept 1 group of mice as controls.");
  CHECK(english("We kept 21组小鼠 as controls.") == "We kept 21 groups of mice as controls.");
  CHECK(english("The trial had 1组 only.") == "The trial had 1 group only.");
}

TEST_CASE("X比Y多/少 says which is more common, or by how much", "[rules][grammar]") {
  CHECK(english("In this cohort 男性患者比女性多.") == "In this cohort male patients are more common than women.");
  CHECK(english("Here 老年患者比儿童少.") == "Here elderly patients are less common than children.");
  CHECK(english("By 2020 女性患者比男性多12例.") == "By 2020 female patients are 12 more than men.");
}

TEST_CASE("S对X效果最好/更好: S is most or more effective for X", "[rules][grammar]") {
  CHECK(english("这些疗法对年轻患者效果最好.") == "These therapies are most effective for young patients.");
  CHECK(english("这种疗法对老年人疗效更好.") == "This therapy is more effective for older adults.");
  // With 的, X may end in 儿童的, read as its noun.
  CHECK(english("该药物对儿童的疗效更好.") == "The drug is more effective for children.");
}

TEST_CASE("对X进行(了)V: the verb sense of a verbal noun, past after 了", "[rules][grammar]") {
  CHECK(english("我们对小鼠进行了评估.") == "We evaluated mice.");
  CHECK(english("研究人员对样本进行了分析.") == "Researchers analyzed samples.");
  CHECK(english("医生对患者进行观察.") == "Doctors observe patients.");
  // A noun with no verb sense keeps "carry out".
  CHECK(english("我们对小鼠进行了放射治疗.") == "We carried out radiotherapy on mice.");
}

TEST_CASE("S恢复得很快: the intransitive recover, V得很快 V quickly", "[rules][grammar]") {
  CHECK(english("小鼠恢复得很快.") == "Mice recover quickly.");
  CHECK(english("这位老人恢复得很快.") == "This older adult recovers quickly.");
  CHECK(english("多数小鼠在手术后恢复得很快.") == "Most mice recover quickly after surgery.");
  CHECK(english("小鼠在治疗后恢复得非常快.") == "Mice recover quickly after treatment.");
  CHECK(english("细胞生长得很快.") == "Cells grow quickly.");
}

TEST_CASE("a heading of two verbs joined by 和 gives both the -ing form", "[rules][grammar]") {
  CHECK(english("预防和治疗骨质疏松") == "Preventing and Treating Osteoporosis");
  CHECK(english("评估和治疗患者") == "Evaluating and Treating Patients");
}

TEST_CASE("a noun subject with 很多/很少 closing the sentence: there are many/few X", "[rules][grammar]") {
  CHECK(english("副作用很多.") == "There are many side effects.");
  CHECK(english("并发症非常少.") == "There are few complications.");
  // Before a noun, 很多 stays the determiner.
  CHECK(english("很多患者.") == "Many patients.");
}

TEST_CASE("a Markdown heading marker counts as the line's start for sentence-start rules", "[rules][grammar]") {
  CHECK(english("### 评估和治疗患者") == "### Evaluating and Treating Patients");
  CHECK(english("# 预防和治疗骨质疏松") == "# Preventing and Treating Osteoporosis");
  // Without the space, "#" is no heading marker.
  CHECK(english("#评估和治疗患者") == "#Evaluate and Treat Patients");
}

TEST_CASE("负责X的Y opening a sentence: the Y responsible for X", "[rules][grammar]") {
  CHECK(english("负责呼吸的肌肉受损.") == "The muscle responsible for breathing is damaged.");
  // After a subject, 负责 stays the verb.
  CHECK(english("我们负责这些患者的治疗.").find("responsible for the treatment of these patients") !=
        std::string::npos);
}

TEST_CASE("S使X能够V: S enables X to V, S使X分化为Y: S causes X to differentiate into Y", "[rules][grammar]") {
  CHECK(english("这种支架使小鼠能够行走.") == "This scaffold enables mice to walk.");
  CHECK(english("这些药物让患者能够工作.") == "These drugs enable patients to work.");
  CHECK(english("这种蛋白质使干细胞分化为软骨细胞.") ==
        "This protein causes stem cells to differentiate into chondrocytes.");
}

TEST_CASE("S减轻/减少/降低 with no object is the intransitive decrease, S使X减轻 is S reduces X", "[rules][grammar]") {
  CHECK(english("治疗后肿胀减轻.") == "After treatment swelling decreases.");
  CHECK(english("研究表明炎症减少.") == "Studies have shown inflammation decreases.");
  CHECK(english("细胞数量增加.") == "Cell number increases.");
  CHECK(english("这些药物使疼痛减轻.") == "These drugs reduce pain.");
  CHECK(english("这种激素使血糖降低.") == "This hormone reduces blood glucose.");
}

TEST_CASE("S在X(很)常见: S is common in X", "[rules][grammar]") {
  CHECK(english("该病在非洲很常见.") == "The disease is common in Africa.");
  CHECK(english("这种突变在亚洲较为常见.") == "This gene mutation is common in Asia.");
  // The superlative is left to the rules for 最常见.
  CHECK(english("这种类型最常见.") == "This type is most common.");
}

TEST_CASE("每N名X中约有一人: about one in N X", "[rules][grammar]") {
  CHECK(english("每五百名新生儿中约有一人患有该病.") == "About one in five hundred newborns has the disease.");
  CHECK(english("每十万人中约有一人.") == "About one in 100,000 people.");
}

TEST_CASE("对X的需要: the need for X", "[rules][grammar]") {
  CHECK(english("这种药物减少了对输血的需要.") == "This drug reduced the need for blood transfusion.");
}

TEST_CASE("S利用X V: S uses X to V", "[rules][grammar]") {
  CHECK(english("这种方法利用病毒递送基因.") == "This approach uses viruses to deliver genes.");
}

TEST_CASE("S根据X分为Y: S is divided into Y by X, a number of types counts them", "[rules][grammar]") {
  CHECK(english("该病根据症状分为三种亚型.") == "The disease is divided into three subtypes by symptoms.");
  CHECK(english("该病根据发病年龄分为三型.") == "The disease is divided into three types by age of onset.");
}

TEST_CASE("N型 outside a term: type N, patients or children with type N", "[rules][grammar]") {
  CHECK(english("2型患者和1型患儿.") == "Patients with type 2 and children with type 1.");
  CHECK(english("3型可以行走.") == "Type 3 can walk.");
  // A term of its own keeps its English.
  CHECK(english("2型糖尿病很常见.") == "Type 2 diabetes is very common.");
}

TEST_CASE("X获批 closing its clause, and 已有X获批: X has/have been approved", "[rules][grammar]") {
  CHECK(english("目前已有三种药物获批.") == "Currently three drugs have been approved.");
  CHECK(english("这种药物已获批.") == "This drug has been approved.");
}

TEST_CASE("S希望X能V: S hopes that X can V", "[rules][grammar]") {
  CHECK(english("医生希望这种药物能够减轻疼痛.") == "Doctors hope that this drug can reduce pain.");
}

TEST_CASE("X V所需的Y: the Y that X needs to V", "[rules][grammar]") {
  CHECK(english("细胞生长所需的营养.") == "Nutrition that cells need to grow.");
  CHECK(english("该基因编码一种运动神经元存活所需的蛋白质.") ==
        "The gene encodes proteins that a motor neuron needs to survive.");
}

TEST_CASE("S在X很常见 with a list of places: S is common in A, B and C", "[rules][grammar]") {
  CHECK(english("该病在非洲, 亚洲和中东很常见.") == "The disease is common in Africa, Asia and the Middle East.");
  CHECK(english("这种突变在日本、韩国和中国较为常见.") ==
        "This gene mutation is common in Japan, South Korea and China.");
}

TEST_CASE("进行(了)比较 closing its clause with no noun phrases read: were compared", "[rules][grammar]") {
  CHECK(english("两组在治疗后进行比较.") == "Two groups after treatment were compared.");
  CHECK(english("两组患者进行了比较, 结果相似.").starts_with("Two groups of patients were compared,"));
  // With the things compared read, the earlier rule agrees with the subject.
  CHECK(english("治疗组与对照组进行比较.") == "Treatment group is compared with control group.");
}

TEST_CASE("随访 after 对X进行 is the verb follow up, in a noun's place follow-up", "[rules][grammar]") {
  CHECK(english("我们对患者进行了随访.") == "We followed up patients.");
  CHECK(english("医生对儿童进行随访.") == "Doctors follow up children.");
  CHECK(english("随访时间很短.") == "Follow-up time is very short.");
  CHECK(english("患者接受了长期随访.") == "Patients received long-term follow-up.");
  // After an English "what", a noun's place too.
  CHECK(english("They ask what 随访 is provided.") == "They ask what follow-up is provided.");
}

TEST_CASE("研究发现 opens a clause: studies have found that, and 减轻/降低了 closing it: decreased",
          "[rules][grammar]") {
  CHECK(english("研究发现患者的疼痛减轻了.") == "Studies have found that the pain of patients decreased.");
  CHECK(english("该研究发现小鼠的血压降低了.") == "The study found that the blood pressure of mice decreased.");
  CHECK(english("治疗后肿胀减轻了, 患者可以行走.").starts_with("After treatment swelling decreased,"));
  // The comma after the report goes.
  CHECK(english("研究表明, 运动降低血压.") == "Studies have shown that exercise lowers blood pressure.");
  CHECK(english("尸检研究发现, 细胞存活了.") == "Autopsy studies have found that cells survived.");
  // With 了, what was found is a noun: no "that".
  CHECK(english("研究发现了三种突变.") == "Studies found three gene mutations.");
  CHECK(english("一项大型研究发现了两种新蛋白质.") == "A large study found two new proteins.");
  // An object after the 了: the transitive verb stays.
  CHECK(english("我们降低了剂量.") == "We lowered dose.");
}

TEST_CASE("S使X分化 with no 为: S causes X to differentiate, and S(使X)得以V", "[rules][grammar]") {
  CHECK(english("这种因子使细胞分化.") == "This factor causes cells to differentiate.");
  CHECK(english("这些药物使间充质干细胞分化.") == "These drugs cause mesenchymal stem cells to differentiate.");
  // With 为, the earlier rule's "differentiate into".
  CHECK(english("这种蛋白质使干细胞分化为软骨细胞.") ==
        "This protein causes stem cells to differentiate into chondrocytes.");
  // S得以V: the passive; S使X得以V: S enables X to V.
  CHECK(english("疗效得以维持.") == "Efficacy is maintained.");
  CHECK(english("牙齿得以保留.") == "Teeth are retained.");
  CHECK(english("这种支架使组织得以再生.") == "This scaffold enables tissue to regenerate.");
}

TEST_CASE("首先 after a noun subject: S is damaged first, S first V", "[rules][grammar]") {
  CHECK(english("神经元首先受损.") == "Neurons are damaged first.");
  CHECK(english("肝脏最先受损.") == "The liver is damaged first.");
  CHECK(english("患者首先接受化疗.") == "Patients first receive chemotherapy.");
  CHECK(english("该患者首先接受化疗.") == "The patient first receives chemotherapy.");
  // Opening a sentence, 首先 stays "first of all".
  CHECK(english("首先, 它们可以替代神经元.") == "First of all, they can replace neurons.");
}

TEST_CASE("a verb before X减轻 closing the clause: V reduced X, the past after 了", "[rules][grammar]") {
  CHECK(english("接受干细胞治疗的患者报告症状减轻.") == "Patients who receive stem cell therapy report reduced symptoms.");
  CHECK(english("该患者报告疼痛减轻.") == "The patient reports reduced pain.");
  CHECK(english("患者报告了疼痛减轻.") == "Patients reported reduced pain.");
  CHECK(english("医生观察到了肿胀减少, 患者可以行走.") == "Doctors observed reduced swelling, patients can walk.");
  // With no verb before it, X减轻 is the intransitive; 使X减轻 the transitive.
  CHECK(english("治疗后炎症减轻.") == "After treatment inflammation decreases.");
  CHECK(english("这些药物使疼痛减轻.") == "These drugs reduce pain.");
}

TEST_CASE("很多/很少 closing a sentence after a possessive subject: are many/few, after 得: a lot/little",
          "[rules][grammar]") {
  CHECK(english("患者的并发症很多.") == "The complications of patients are many.");
  CHECK(english("这种疗法的优点很多.") == "The advantages of this therapy are many.");
  CHECK(english("这种疗法的副作用很少.") == "The side effects of this therapy are few.");
  // A bare noun subject: there are many; after 得: how much the verb is done.
  CHECK(english("副作用很多.") == "There are many side effects.");
  CHECK(english("他吃得很少.") == "He eats little.");
}

TEST_CASE("Fixed verb phrases of the lexicon agree with their subject: play a role, remain to be, need to be",
          "[rules][grammar]") {
  CHECK(english("细胞需要验证.") == "Cells need to be verified.");
  CHECK(english("这一结果需要验证.") == "This result needs to be verified.");
  CHECK(english("这些细胞发挥重要作用.") == "These cells play an important role.");
  CHECK(english("这种细胞发挥重要作用.") == "This cell plays an important role.");
  CHECK(english("这些结果有待证实.") == "These findings remain to be confirmed.");
  CHECK(english("这些疾病多发于儿童.") == "These diseases occur mostly in children.");
  CHECK(english("这种疾病多发于儿童.") == "This disease occurs mostly in children.");
}

TEST_CASE("很少能V after a pronoun subject: the verb after rarely agrees", "[rules][grammar]") {
  CHECK(english("他很少能行走.") == "He rarely walks.");
  CHECK(english("她很少可以行走.") == "She rarely walks.");
  CHECK(english("他们很少能行走.") == "They rarely walk.");
  CHECK(english("患者很少能行走.") == "Patients rarely walk.");
}

TEST_CASE("S存在X的风险: S carries a risk of X, with no subject there is a risk of X", "[rules][grammar]") {
  CHECK(english("它存在感染的风险.") == "It carries a risk of infection.");
  CHECK(english("它们存在感染的风险.") == "They carry a risk of infection.");
  CHECK(english("该手术存在出血的风险.") == "The surgery carries a risk of hemorrhage.");
  CHECK(english("存在感染的风险.") == "There is a risk of infection.");
}

TEST_CASE("快 and 慢 closing the sentence after a subject: is fast, is slow", "[rules][grammar]") {
  CHECK(english("肝脏再生很快.") == "Liver regeneration is fast.");
  CHECK(english("神经修复很慢.") == "Neural repair is slow.");
  CHECK(english("细胞生长缓慢.") == "Cells grow slowly.");
  CHECK(english("这些细胞很慢.") == "These cells are slow.");
}

TEST_CASE("每一万, 每一千, 每一百 read as the number of one in N", "[rules][grammar]") {
  CHECK(english("每一万人中约有一人.") == "About one in 10,000 people.");
  CHECK(english("每一万名儿童中就有一人.") == "One in 10,000 children.");
  CHECK(english("每一千名新生儿中约有一人.") == "About one in one thousand newborns.");
  CHECK(english("每一百人中约有一人.") == "About one in one hundred people.");
}

TEST_CASE("控制运动 after a subject: controls movement, and 控制性运动 stays controlled exercise", "[rules][grammar]") {
  CHECK(english("大脑控制运动.") == "The brain controls movement.");
  CHECK(english("这些神经元控制运动.") == "These neurons control movement.");
  CHECK(english("控制性运动有助于康复.") == "Controlled exercise helps rehabilitation.");
}

TEST_CASE("A verb before 很快 closing the sentence: V-s quickly, 恢复 as recover", "[rules][grammar]") {
  CHECK(english("细胞生长很快.") == "Cells grow quickly.");
  CHECK(english("患者恢复很快.") == "Patients recover quickly.");
  CHECK(english("该患者恢复很快.") == "The patient recovers quickly.");
}

TEST_CASE("恢复很快 after a pronoun subject: recovers quickly, agreeing", "[rules][grammar]") {
  CHECK(english("他恢复很快.") == "He recovers quickly.");
  CHECK(english("她恢复很快.") == "She recovers quickly.");
  CHECK(english("他们恢复很快.") == "They recover quickly.");
}

TEST_CASE("很少能V after a noun subject: the verb agrees with it", "[rules][grammar]") {
  CHECK(english("该患者很少能行走.") == "The patient rarely walks.");
  CHECK(english("这种细胞很少能分裂.") == "This cell rarely divides.");
  CHECK(english("这些细胞很少能分裂.") == "These cells rarely divide.");
}

TEST_CASE("由X制成的Y: Y made from X, 由 naming the material", "[rules][grammar]") {
  CHECK(english("由胶原蛋白制成的支架很安全.") == "Scaffold made from collagen is very safe.");
  CHECK(english("由干细胞制成的产品.") == "Products made from stem cells.");
}

TEST_CASE("S于T在P获批 closing its clause: S was approved in P in T", "[rules][grammar]") {
  CHECK(english("该药于2019年在日本获批.") == "The medicine was approved in Japan in 2019.");
  CHECK(english("这些药物于2019年在欧洲获批, 价格很高.") ==
        "These drugs were approved in Europe in 2019, prices are very high.");
}

TEST_CASE("S于T获批 closing its clause: S was approved in T, and 获批用于 left to its verb", "[rules][grammar]") {
  CHECK(english("这种疗法于2020年获批.") == "This therapy was approved in 2020.");
  CHECK(english("这两种药物于2021年获批, 但价格很高.") ==
        "These two drugs were approved in 2021, but prices are very high.");
  CHECK(english("该药于2019年获批用于儿童.") == "The medicine was approved for children in 2019.");
}

TEST_CASE("S于T首次V closing its clause: S was first V-ed in T", "[rules][grammar]") {
  CHECK(english("这种技术于1998年首次描述.") == "This technology was first described in 1998.");
  CHECK(english("这些细胞于2006年首次报道, 引起了关注.").rfind("These cells were first reported in 2006,", 0) == 0);
}

TEST_CASE("基因的Y after a gene's name: gene Y (基因的突变 the mutations), where 基因的 alone is genetic", "[rules][grammar]") {
  CHECK(english("CFTR基因的突变会导致疾病.") == "CFTR mutations lead to disease.");
  CHECK(english("基因的表达受到调控.").rfind("Gene expression", 0) == 0);
}

TEST_CASE("与X结合 after a modal: can bind to X, and the Y of X over 的", "[rules][grammar]") {
  CHECK(english("这些细胞能够与受体结合.") == "These cells can bind to receptors.");
  CHECK(english("抗体可以和蛋白质结合.") == "Antibodies can bind to proteins.");
  CHECK(english("药物可以与病毒的蛋白结合.") == "Drugs can bind to the proteins of viruses.");
  CHECK(english("手术与药物结合使用.") == "Surgery combined with drugs.");
}

TEST_CASE("每N人中约有M人 with a count other than one: about M in N people", "[rules][grammar]") {
  CHECK(english("每十万人中约有10人患病.") == "About 10 in 100,000 people have the disease.");
  CHECK(english("每一万名儿童中约有5人.") == "About 5 in 10,000 children.");
  CHECK(english("每十万人中约有一人.") == "About one in 100,000 people.");
}

TEST_CASE("S对X造成损害: S damages X, damaged with 了, them after 对它们", "[rules][grammar]") {
  CHECK(english("这种蛋白对神经元造成损害.") == "This protein damages neurons.");
  CHECK(english("这些蛋白对神经元造成损害.") == "These proteins damage neurons.");
  CHECK(english("毒素对肝脏造成了损伤.") == "Toxins damaged the liver.");
  CHECK(english("蛋白质聚集, 并对它们造成损害.") == "Protein aggregation, and damage them.");
}

TEST_CASE("并没有 before a verb: did not", "[rules][grammar]") {
  CHECK(english("该药物并没有降低死亡率.") == "The drug did not lower mortality.");
  CHECK(english("但并没有改善症状.") == "But did not relieve symptoms.");
}

TEST_CASE("没有发生X: no X occurred", "[rules][grammar]") {
  CHECK(english("没有发生感染.") == "No infection occurred.");
  CHECK(english("没有发生严重的不良事件.") == "No severe adverse events occurred.");
}

TEST_CASE("A pronoun after a verb closing its clause is its object: them", "[rules][grammar]") {
  CHECK(english("医生治疗它们.") == "Doctors treat them.");
  CHECK(english("我们无法测量它们, 也无法储存它们.") == "We cannot measure them, also cannot store them.");
  CHECK(english("研究证明它们有效.") == "Research shows they are effective.");
}

TEST_CASE("将X注射到Y后 and 将X移植到Y后: after injecting or transplanting X into Y", "[rules][grammar]") {
  CHECK(english("将细胞注射到心脏后, 心功能改善了.") ==
        "After injecting cells into the heart, cardiac function improved.");
  CHECK(english("将神经元移植到纹状体后, 症状减轻了.") ==
        "After transplanting neurons into the striatum, symptoms decreased.");
  CHECK(english("将细胞注射到心脏.") == "Inject cells into the heart.");
}

TEST_CASE("规模很小 and 规模很大 after a subject: small, large", "[rules][grammar]") {
  CHECK(english("第一批试验规模很小.") == "The first trial is small.");
  CHECK(english("这些研究规模很大.") == "These studies are large.");
}

TEST_CASE("在没有X的情况下 reads as without X, before the rule for 没有X的Y", "[rules][grammar]") {
  CHECK(english("在没有血清的情况下, 细胞仍能存活.") == "Without serum, cells still can survive.");
  CHECK(english("在缺乏氧气的条件下, 神经元会死亡.").starts_with("Without oxygen, neurons"));
  CHECK(english("没有副作用的药物很少.") == "Drugs without side effects are few.");
}

TEST_CASE("X的费用超过 a sum: X costs more than N, agreeing, before the possessive", "[rules][grammar]") {
  CHECK(english("这种手术的费用超过10万元.") == "This surgery costs more than 100,000 yuan.");
  CHECK(english("这些疗法的费用超过10万元.") == "These therapies cost more than 100,000 yuan.");
  CHECK(english("这种疗法的费用超过两百万美元.") == "This therapy costs more than two million dollars.");
}

TEST_CASE("S在X中很常见 reads as S is common in X, before the rule for 在X中", "[rules][grammar]") {
  CHECK(english("该病在老年人中很常见.") == "The disease is common in older adults.");
  CHECK(english("这种疾病在儿童中很常见.") == "This disease is common in children.");
  CHECK(english("在儿童中, 这种疗法有效.") == "In children, this therapy is effective.");
}

TEST_CASE("S于T被批准用于X: S was approved for X in T, the year last", "[rules][grammar]") {
  CHECK(english("该疗法于2016年被批准用于治疗帕金森病.") ==
        "The therapy was approved to treat Parkinson's disease in 2016.");
  CHECK(english("这两种药物于2021年获批用于成人.") == "These two drugs were approved for adults in 2021.");
  CHECK(english("这种药物被批准用于儿童.") == "This drug was approved for children.");
}

TEST_CASE("S首先被V: S is V-ed first, before the passive rule", "[rules][grammar]") {
  CHECK(english("神经元首先被破坏.") == "Neurons are disrupted first.");
  CHECK(english("这些细胞最先被清除.") == "These cells are cleared first.");
  CHECK(english("肝脏首先被破坏.") == "The liver is disrupted first.");
}

TEST_CASE("P的S得以V: the S of P is V-ed, before the possessive", "[rules][grammar]") {
  CHECK(english("肾脏的功能得以恢复.") == "The function of the kidney is restored.");
  CHECK(english("这些患者的症状得以缓解.") == "The symptoms of these patients are relieved.");
  CHECK(english("功能得以恢复.") == "Function is restored.");
}

TEST_CASE("S将X与Y一起V after a subject: S V-s X together with Y, not will", "[rules][grammar]") {
  CHECK(english("研究人员将干细胞与生长因子一起注射到关节中.")
            .starts_with("Researchers inject stem cells together with growth factors into"));
  CHECK(english("该医生将干细胞与生长因子一起注射.") == "The doctor injects stem cells together with growth factors.");
  CHECK(english("医生将干细胞与支架一起移植.") == "Doctors transplant stem cells together with scaffold.");
  CHECK(english("该团队将骨髓细胞与脐带血一起输注.") ==
        "The team infuses bone marrow cells together with umbilical cord blood.");
  CHECK(english("外科医生将软骨细胞和胶原一起植入.") == "Surgeons implant chondrocytes together with collagen.");
}

TEST_CASE("X后(再)V with no 在: the time after its clause, V Y after X, then with 再", "[rules][grammar]") {
  CHECK(english("动员后采集干细胞.") == "Harvest stem cells after mobilizing.");
  CHECK(english("医生检查后决定手术.") == "Doctors decide surgery after examining.");
  CHECK(english("化疗后进行移植.") == "Carry out transplantation after chemotherapy.");
  CHECK(english("化疗后再进行移植.") == "Then carry out transplantation after chemotherapy.");
  CHECK(english("预处理后再输注干细胞.") == "Then infuse stem cells after preconditioning.");
}

TEST_CASE("比Y A很多 and 比以前 A: much A-er than Y, than before, before the rules of 比Y A", "[rules][grammar]") {
  CHECK(english("血压比以前高很多.") == "Blood pressure is much higher than before.");
  CHECK(english("这些细胞比之前小得多.") == "These cells are much smaller than before.");
  CHECK(english("血压比以前高.") == "Blood pressure is higher than before.");
  CHECK(english("血压比对照组高很多.") == "Blood pressure is much higher than control group.");
  CHECK(english("比以前高很多.") == "Much higher than before.");
}

TEST_CASE("V了 and a relative clause on patients: both verbs in the past", "[rules][grammar]") {
  CHECK(english("研究人员招募了接受手术的患者.") == "Researchers recruited patients who underwent surgery.");
  CHECK(english("研究人员筛选了接受治疗的患者.") == "Researchers screened patients who received treatment.");
  // With no 了 on the main verb, the clause stays in the present.
  CHECK(english("医生治疗接受移植的患者.") == "Doctors treat patients who receive transplants.");
}

TEST_CASE("X身上 without 在: the Y of X, from X, on X, and no 身 left", "[rules][grammar]") {
  CHECK(english("患者身上的皮肤很脆弱.") == "The skin of patients is very fragile.");
  CHECK(english("医生从小鼠身上采集细胞.") == "Doctors harvest cells from mice.");
  CHECK(english("从患者身上, 我们得到了细胞.") == "From patients, we obtained cells.");
  CHECK(english("同一患者身上的皮肤").find("身") == std::string::npos);
}

TEST_CASE("cells cultured, frozen or stored in a place for a span of time: the passive", "[rules][grammar]") {
  CHECK(english("这些细胞在实验室中培养两到三周.") ==
        "These cells are cultured in the laboratory for two to three weeks.");
  CHECK(english("该样本在液氮中冻存10年.") == "The sample is frozen in the liquid nitrogen for 10 years.");
  // With an object after the verb, the subject does the action.
  CHECK(english("研究人员在实验室中培养细胞.").find("cultured") == std::string::npos);
}

TEST_CASE("X和Y的团队 or X和Y的研究人员: a team or researchers from X and Y", "[rules][grammar]") {
  CHECK(english("意大利和德国的团队发表了结果.").rfind("A team from Italy and Germany ", 0) == 0);
  CHECK(english("北京和上海的研究人员发现了新方法.").rfind("Researchers from Beijing and Shanghai ", 0) == 0);
  CHECK(english("意大利和德国的科学家开展了合作.").rfind("Scientists from Italy and Germany ", 0) == 0);
  // Other nouns joined by 和 before 的 keep the possessive.
  CHECK(english("患者和家属的生活质量提高了.").rfind("The quality of life of patients", 0) == 0);
}

TEST_CASE("a point in time after 在 or 于 follows the verb and its object", "[rules][grammar]") {
  CHECK(english("我们计划在明年招募更多患者.") == "We plan to recruit more patients next year.");
  CHECK(english("该项目将于年底结束.") == "The project will end at the end of the year.");
  CHECK(english("他们于2021年3月完成了试验.") == "They completed trials in March 2021.");
  // 将 before a date is the future, not the object marker.
  CHECK(english("数据将于2028年公布.") == "Data will be announced in 2028.");
  CHECK(english("医院将于2030年开设新病房.").find("will open") != std::string::npos);
}

TEST_CASE("在 and a word held whole that ends in 前 or 后, before a verb: the time after the verb",
          "[rules][grammar]") {
  CHECK(english("家属应在治疗前告知医生.") == "Family members should inform doctors before treatment.");
  CHECK(english("医生在治疗前检查血压.") == "Doctors examine blood pressure before treatment.");
  CHECK(english("婴儿在出生后接受检查.") == "Infants receive examinations after birth.");
  // Alone, before a comma, 在 goes.
  CHECK(english("在治疗前, 患者接受检查.").rfind("Before treatment, ", 0) == 0);
}

TEST_CASE("在X后第N天 and a verb: V on the N-th day after X", "[rules][grammar]") {
  CHECK(english("小鼠在移植后第5天出现皮疹.") == "Mice develop rash on the fifth day after transplantation.");
  CHECK(english("在手术后第二天, 患者出院.").rfind("On the second day after surgery, ", 0) == 0);
}

TEST_CASE("a span of time before 时的 and a noun: the Y at N", "[rules][grammar]") {
  CHECK(english("三个月时的肌力明显改善.") == "The muscle strength at three months is markedly improved.");
  CHECK(english("十二周时的血压较低.").rfind("The blood pressure at 12 weeks ", 0) == 0);
}

TEST_CASE("S对X抱有 expectations, hopes, confidence or doubts: S has Y of, for, in or about X", "[rules][grammar]") {
  CHECK(english("家属对手术抱有很高的期望.") == "Family members have high expectations of surgery.");
  CHECK(english("该患者对手术抱有希望.") == "The patient has hopes for surgery.");
  CHECK(english("许多医生对该方法抱有怀疑.") == "Many doctors have doubts about the approach.");
  CHECK(english("医生对结果抱有信心.") == "Doctors have confidence in results.");
}

TEST_CASE("a disease as the topic before 目前尚无 or 尚无: there is no Y for the disease", "[rules][grammar]") {
  CHECK(english("该综合征目前还没有有效的疗法.") == "There is currently no effective therapy for the syndrome.");
  CHECK(english("阿尔茨海默病还没有治愈方法.") == "There is still no cure for Alzheimer's disease.");
  // After people, 还没有 stays their verb.
  CHECK(english("患者还没有出现症状.") == "Patients have not yet developed symptoms.");
}

TEST_CASE("目前还不清楚 and a clause with 如何, 为何 or 是否: it is not yet clear how, why or whether",
          "[rules][grammar]") {
  CHECK(english("目前还不清楚这种蛋白如何进入细胞.") == "It is not yet clear how this protein enters cells.");
  CHECK(english("目前尚不清楚这些药物为何引起副作用.") == "It is not yet clear why these drugs cause side effects.");
  CHECK(english("还不清楚该疗法是否延长生存期.") == "It is not yet clear whether the therapy extends survival.");
}

TEST_CASE("S目前(仍)处于X: S is currently (still) in the X, the adverbs after the copula", "[rules][grammar]") {
  CHECK(english("这些方法目前仍处于试验阶段.") == "These approaches are currently still at an experimental stage.");
  CHECK(english("该技术目前处于临床试验阶段.") == "The technology is currently in the clinical trial stage.");
  CHECK(english("这种药物目前仍然处于研究阶段.") == "This drug is currently still in the research stage.");
}

TEST_CASE("在术后 and a verb: V after surgery, not in postoperative", "[rules][grammar]") {
  CHECK(english("患者在术后出现疼痛.") == "Patients develop pain after surgery.");
  CHECK(english("在术后, 小鼠接受检查.").rfind("After surgery, ", 0) == 0);
}
