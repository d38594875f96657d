// English number, noun senses and agreement of words translated from Chinese
// (src/rewriter/inflection) and the English the renderer writes for them, through the default
// termbase: Chinese in, English out.
#include "rewriter/inflection.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "default_normalizer.hpp"
#include "termnorm/normalizer.hpp"

using namespace termnorm;

TEST_CASE("a noun after a number or a plural determiner is plural", "[inflection]") {
  CHECK(english("我们比较了三种方法.") == "We compared three approaches.");
  CHECK(english("We compared 两种方法 in mice.") == "We compared two approaches in mice.");
  CHECK(english("They tested 4种方法.") == "They tested 4 approaches.");
  CHECK(english("They tested 1种方法.") == "They tested 1 approach.");
}

TEST_CASE("the plural marker 们 makes its noun plural and is not written", "[inflection]") {
  CHECK(english("The ward thanked 医生们 and nurses.") == "The ward thanked doctors and nurses.");
  CHECK(english("Many 孩子们 recovered.") == "Many children recovered.");
  CHECK(english("The 伴侣们 waited outside.") == "The partners waited outside.");
}

TEST_CASE("a noun after a or an is singular, also when the article is English", "[inflection]") {
  CHECK(english("Each dish held a 间充质干细胞 colony.") == "Each dish held a mesenchymal stem cell colony.");
  CHECK(english("Donors gave 一种干细胞.") == "Donors gave a stem cell.");
}

TEST_CASE("a verb that is also a noun takes its noun sense where a noun stands", "[inflection]") {
  CHECK(english("Doctors debate 痛风的治疗.") == "Doctors debate the treatment of gout.");
  CHECK(english("One 治疗 took an hour, and a second 治疗 was skipped.") ==
        "One treatment took an hour, and a second treatment was skipped.");
  CHECK(english("Nurses 治疗 the wound.") == "Nurses treat the wound.");
  CHECK(english("They noted 治疗相关毒性.") == "They noted treatment-related toxicity.");
  CHECK(english("Patients 需要治疗.") == "Patients need treatment.");  // the object of need
  // After a determiner but opening a relative clause (its object, 的, a noun): still a verb.
  CHECK(english("It is 一种治疗糖尿病的药物.") == "It is a drug treating diabetes.");
}

TEST_CASE("a heading noun sense after an adjective reads plural", "[inflection]") {
  CHECK(english("目前的治疗") == "Current Treatments");
}

TEST_CASE("a verb agrees with a singular subject", "[inflection]") {
  CHECK(english("It 影响 the kidney.") == "It affects the kidney.");
  CHECK(english("She 治疗 older adults.") == "She treats older adults.");
  CHECK(english("They 影响 the kidney.") == "They affect the kidney.");
  CHECK(english("This drug may 影响 the kidney.") == "This drug may affect the kidney.");
}

TEST_CASE("is, has and was agree with a plural subject", "[inflection]") {
  CHECK(english("这些细胞是 fibroblasts.") == "These cells are fibroblasts.");
  CHECK(english("这种细胞是 a fibroblast.") == "This cell is a fibroblast.");
  CHECK(english("这些药物已显示 promise.") == "These drugs have shown promise.");
  CHECK(english("These 细胞是 fibroblasts.") == "These cells are fibroblasts.");  // an English determiner opens it
  CHECK(english("Most 患者是 women.") == "Most patients are women.");
}

TEST_CASE("a superlative before its noun takes the, unless a determiner stands before it", "[inflection]") {
  CHECK(english("Rest is 最好的治疗.") == "Rest is the best treatment.");
  CHECK(english("最常见的副作用是头痛.") == "The most common side effects are headache.");
  CHECK(english("它的最佳剂量 is unknown.") == "Its optimal dose is unknown.");
  CHECK(english("最常见的副作用") == "Most Common Side Effects");  // a heading keeps its style
}

TEST_CASE("a term written with the: before its modifiers, and not where it modifies a noun", "[inflection]") {
  CHECK(english("Cells reached 双侧壳核.") == "Cells reached the bilateral putamen.");
  CHECK(english("Cells reached 整个肝脏.") == "Cells reached the entire liver.");
  CHECK(english("It reached 其整个肝脏.") == "It reached its entire liver.");
  CHECK(english("Doctors used 自体肾脏细胞.") == "Doctors used autologous kidney cells.");
  CHECK(english("Patients keep their own 肝脏.") == "Patients keep their own liver.");
}

TEST_CASE("an ordinal asks for a singular noun and takes the, single takes a", "[inflection]") {
  CHECK(english("第二项研究 enrolled adults.") == "The second study enrolled adults.");
  CHECK(english("单次注射 was enough.") == "A single injection was enough.");
}

TEST_CASE("a noun phrase opening its clause takes the number of the English verb after it", "[inflection]") {
  CHECK(english("干细胞注射 are experimental.") == "Stem cell injections are experimental.");
  CHECK(english("Trials with 长期随访 are needed.") == "Trials with long-term follow-up are needed.");  // not its subject
}

TEST_CASE("other asks for a plural noun", "[inflection]") {
  CHECK(english("其他方法") == "Other Approaches");
}

TEST_CASE("a heading's subtitle that is one singular noun takes a or an", "[inflection]") {
  CHECK(english("Stem Cells for Gout: 概述") == "Stem Cells for Gout: An Overview");
  CHECK(english("Stem Cells for Gout: 综述") == "Stem Cells for Gout: A Review");
  CHECK(english("Gout: 挑战") == "Gout: Challenges");
  CHECK(english("Stem Cells for Gout: 证据") == "Stem Cells for Gout: Evidence");
}

TEST_CASE("a verb with the aspect marker 了 keeps its past form", "[inflection]") {
  CHECK(english("It 带来了 hope.") == "It brought hope.");
}

TEST_CASE("an adjective that is a predicate gets is or are", "[inflection]") {
  CHECK(english("这种疗法很安全.") == "This therapy is very safe.");
  CHECK(english("Nurses said 它们非常有效.") == "Nurses said they are very effective.");
  CHECK(english("这些药物很昂贵, and rare.") == "These drugs are very expensive, and rare.");
  // 更少/较少 is the adjective "fewer", a predicate too (before a noun, "fewer" as well).
  CHECK(english("这种方法的副作用更少.") == "The side effects of this approach are fewer.");
  CHECK(english("它导致更少副作用.") == "It leads to fewer side effects.");
  // 快 and 慢 alone, and 创伤较小, are adjectives too.
  CHECK(english("他们的恢复很快.") == "Their recovery is fast.");
  CHECK(english("病情进展慢.") == "Condition progress is slow.");
  CHECK(english("这种手术创伤较小.") == "This surgery is less invasive.");
  // After a verb and the 得 of its complement, the adjective is its adverb.
  CHECK(english("细胞生长得缓慢.") == "Cells grow slowly.");
  CHECK(english("他的症状改善得很慢.") == "His symptoms improve very slowly.");
  CHECK(english("伤口愈合得很快.") == "Wound heals quickly.");
  // not where the adjective follows an object
  CHECK(english("Doctors 使细胞更加有效.") == "Doctors make cells more effective.");
}

TEST_CASE("a rule's output that ends in a noun is a subject the predicate agrees with", "[inflection]") {
  CHECK(english("但干细胞的数量很低.") == "But the number of stem cells is very low.");
  CHECK(english("干细胞的数量很低.") == "The number of stem cells is very low.");
}

TEST_CASE("a noun that modifies the next noun is singular, a noun sense heads a compound", "[inflection]") {
  CHECK(english("心肌细胞移植") == "Cardiomyocyte Transplantation");
  CHECK(english("Each 干细胞类型 differs.") == "Each stem cell type differs.");
  CHECK(english("Early 神经干细胞治疗 helped.") == "Early neural stem cell treatment helped.");
}

TEST_CASE("a verb after an English preposition or as the subject of an English verb takes -ing", "[inflection]") {
  CHECK(english("Diet helps by 促进修复.") == "Diet helps by promoting repair.");
  CHECK(english("It is known for 治疗糖尿病.") == "It is known for treating diabetes.");
  CHECK(english("促进修复 may take weeks.") == "Promoting repair may take weeks.");
  CHECK(english("Nurses 促进修复 daily.") == "Nurses promote repair daily.");
}

TEST_CASE("a heading that opens with a verb takes -ing, a question heading does not", "[inflection]") {
  CHECK(english("联合药物和手术") == "Combining Drugs and Surgery");
  CHECK(english("为什么考虑手术?") == "Why Consider Surgery?");
}

TEST_CASE("a procedure's verb between a procedure and a disease reads for in a noun phrase", "[inflection]") {
  CHECK(english("干细胞移植治疗白血病 is common.") == "Stem cell transplantation for leukemia is common.");
  CHECK(english("干细胞移植治疗白血病") == "Stem Cell Transplantation for Leukemia");
  CHECK(english("干细胞移植治疗白血病.") == "Stem cell transplantation treats leukemia.");
}

TEST_CASE("an adjective the lexicon writes with the takes it before its noun, once", "[inflection]") {
  CHECK(english("Grafts protect 剩余的软骨.") == "Grafts protect the remaining cartilage.");
  CHECK(english("剩余的肝细胞可以分裂.") == "The remaining hepatocytes can divide.");
  CHECK(english("These 剩余的细胞 died.") == "These remaining cells died.");
  CHECK(english("Drugs reached 残存的休眠卵泡.") == "Drugs reached the remaining dormant ovarian follicles.");
  CHECK(english("Cells homed to 卵巢 within days.") == "Cells homed to the ovary within days.");
  CHECK(english("主要风险是感染.") == "The main risks are infection.");
  CHECK(english("This risk is 主要的.") == "This risk is main.");
}

TEST_CASE("希望 is the verb hope to before a verb and the noun hope where a noun stands", "[inflection]") {
  CHECK(english("Most 老年人希望参加试验.") == "Most older adults hope to take part in trials.");
  CHECK(english("Gene therapy 带来了新的希望.") == "Gene therapy brought new hope.");
  CHECK(english("Few donors 希望能 travel.") == "Few donors hope to travel.");
}

TEST_CASE("a noun after a or an and English adjectives is singular", "[inflection]") {
  CHECK(english("Gout is a painful 神经退行性疾病.") == "Gout is a painful neurodegenerative disease.");
  CHECK(english("They began a small new 安慰剂对照试验.") == "They began a small new placebo-controlled trial.");
  CHECK(english("They ran a number of 安慰剂对照试验.") == "They ran a number of placebo-controlled trials.");
}

TEST_CASE("a noun after 该 is singular", "[inflection]") {
  CHECK(english("该医生 agreed.") == "The doctor agreed.");
  CHECK(english("We followed 该患者 for a year.") == "We followed the patient for a year.");
}

TEST_CASE("a subject of nouns joined by and takes a plural verb", "[inflection]") {
  CHECK(english("心率和血压正常.") == "Heart rate and blood pressure are normal.");
  CHECK(english("患者的心率、血压和体温正常.") == "The heart rate, blood pressure and body temperature of patients are normal.");
  CHECK(english("患者和家属的生活质量很差.") == "The quality of life of patients and their families is very poor.");
}

TEST_CASE("an adjective after 比Y is comparative, one inside Y is not", "[inflection]") {
  CHECK(english("干细胞比药物安全.") == "Stem cells are safer than drugs.");
  CHECK(english("干细胞比药物有效.") == "Stem cells are more effective than drugs.");
  CHECK(english("这种方法比传统手术安全.") == "This approach is safer than traditional surgery.");
}

TEST_CASE("a predicate that opens with a verb in the present takes no copula", "[inflection]") {
  CHECK(english("该疗法仍需进一步研究.") == "The therapy requires further study.");
  CHECK(english("这种方法安全.") == "This approach is safe.");
}

TEST_CASE("更 before a short adjective is its -er form, before a long one it stays more", "[inflection]") {
  CHECK(english("新方法使手术更简单.") == "New approach makes surgery simpler.");
  CHECK(english("Dosing became 更安全.") == "Dosing became safer.");
  CHECK(english("Dosing became 更有效.") == "Dosing became more effective.");
}

TEST_CASE("a verb after an adverb still takes an action as its object", "[inflection]") {
  CHECK(english("该患者仍需治疗.") == "The patient still needs treatment.");
  CHECK(english("Patients 仍需治疗.") == "Patients still need treatment.");
}

TEST_CASE("a demonstrative that opens a clause before a verb is its subject", "[inflection]") {
  CHECK(english("这使手术更简单.") == "This makes surgery simpler.");
  CHECK(english("Dosing was slow; 这导致 delays.") == "Dosing was slow; this leads to delays.");
  CHECK(english("这些使手术更简单.") == "These make surgery simpler.");
}

TEST_CASE("a term written with the takes no the of its own as a later member of a list", "[inflection]") {
  CHECK(english("Lesions hit the brain and 脊髓.") == "Lesions hit the brain and spinal cord.");
  CHECK(english("Lesions hit 皮肤, 肝脏和胃肠道.") == "Lesions hit skin, liver and gastrointestinal tract.");
  CHECK(english("Cells came from 骨髓, 脐带或脂肪组织.") ==
        "Cells came from bone marrow, umbilical cord or adipose tissue.");
  // Two alternatives keep their own; a new clause after a comma and "and" is no list.
  CHECK(english("Cells went to 门静脉或脾脏.") == "Cells went to the portal vein or the spleen.");
  CHECK(english("The graft failed, and 肝脏 recovered.") == "The graft failed, and the liver recovered.");
}

TEST_CASE("长期存活 is the verb survive long-term, and the noun long-term survival where a noun stands",
          "[inflection]") {
  CHECK(english("Few grafts 长期存活.") == "Few grafts survive long-term.");
  CHECK(english("These cells 可以长期存活.") == "These cells can survive long-term.");
  CHECK(english("They improved 患者的长期存活.") == "They improved the long-term survival of patients.");
}

TEST_CASE("主要 between a subject and 影响 is the adverb mainly, and 影响 the verb affect", "[inflection]") {
  CHECK(english("该病主要影响老年人.") == "The disease mainly affects older adults.");
  CHECK(english("主要影响两种细胞.") == "Mainly affect two cells.");
  // A noun phrase still: after 的 or a possessive, or before 的.
  CHECK(english("吸烟的主要影响 is cough.") == "The main effect of smoking is cough.");
  CHECK(english("其主要影响 is cough.") == "Its main effect is cough.");
}

TEST_CASE("移植 and 输注 are nouns, and verbs after 直接 or 再 or before 到 and a place", "[inflection]") {
  CHECK(english("Surgeons 直接移植 the graft.") == "Surgeons directly transplant the graft.");
  CHECK(english("Nurses 再输注 platelets.") == "Nurses again infuse platelets.");
  CHECK(english("Vets 将肝细胞移植到小鼠的脾脏中.") == "Vets transplant hepatocytes into the spleen of mice.");
  CHECK(english("Vets 将血小板输注到小鼠体内.") == "Vets infuse platelets into the body of mice.");
  CHECK(english("移植 is risky.") == "Transplantation is risky.");
  CHECK(english("Then 输注 took an hour.") == "Then infusion took an hour.");
}

TEST_CASE("冷冻保存 is the noun cryopreservation, and be cryopreserved after a modal", "[inflection]") {
  CHECK(english("Sperm 可以冷冻保存.") == "Sperm can be cryopreserved.");
  CHECK(english("冷冻保存 takes a day.") == "Cryopreservation takes a day.");
}

TEST_CASE("供应 is the verb supply, and the noun supply after 的", "[inflection]") {
  CHECK(english("Clinics 供应 donor organs.") == "Clinics supply donor organs.");
  CHECK(english("Farmers worry about 血液的供应.") == "Farmers worry about the supply of blood.");
}

TEST_CASE("a bare singular noun of the general vocabulary opening a sentence as its subject takes the",
          "[inflection]") {
  CHECK(english("标准方法 is simple.") == "The standard approach is simple.");
  CHECK(english("It helps. 未来的目标 is clear.") == "It helps. The future goal is clear.");
  // Not a quantity, a term, a noun sense of a verb, or a noun that is not the subject.
  CHECK(english("平均寿命 is short.") == "Average lifespan is short.");
  CHECK(english("间充质干细胞 are rare.") == "Mesenchymal stem cells are rare.");
  CHECK(english("We chose 标准方法.") == "We chose standard approach.");
}

TEST_CASE("after a number and its measure word, an adjective takes no the, a superlative puts it before the number",
          "[inflection]") {
  CHECK(english("They tried 三种主要策略.") == "They tried three main strategies.");
  CHECK(english("三种最常见的副作用 are mild.") == "The three most common side effects are mild.");
  CHECK(english("其三种最常见的副作用 are mild.") == "Its three most common side effects are mild.");
}

TEST_CASE("a predicate after a subject opened by a possessive agrees with it", "[inflection]") {
  CHECK(english("其机制尚不清楚.") == "Its mechanisms are unclear.");
  CHECK(english("其机制仍不明确.") == "Its mechanisms are still unknown.");
  CHECK(english("其原因 is unknown.") == "Its cause is unknown.");  // and the noun agrees with an English verb
}

TEST_CASE("a verb after one that ends in be is its past participle, past adverbs", "[inflection]") {
  CHECK(english("其安全性仍有待确定.") == "Its safety still remains to be determined.");
  CHECK(english("疗效有待进一步验证.") == "Efficacy remains to be further validated.");
  CHECK(english("These 有待研究.") == "These remain to be studied.");
}

TEST_CASE("a noun with a verb sense reads as the verb after a modal, and stays a noun elsewhere", "[inflection]") {
  CHECK(english("Nurses 可以注射 the cells.") == "Nurses can inject the cells.");
  CHECK(english("Nurses can 注射 the cells.") == "Nurses can inject the cells.");
  CHECK(english("Healed skin 能出汗.") == "Healed skin can sweat.");
  CHECK(english("局部注射 is safe.") == "Local injection is safe.");
  CHECK(english("They reported 出汗.") == "They reported sweating.");
}

TEST_CASE("a noun after an ordinal and a superlative is singular", "[inflection]") {
  CHECK(english("It is the second most common 原因.") == "It is the second most common cause.");
  CHECK(english("It is the third largest 原因.") == "It is the third largest cause.");
  CHECK(english("These are the most common 原因.") == "These are the most common causes.");
}

TEST_CASE("a one-word verb right after 是 takes to", "[inflection]") {
  CHECK(english("关键是保护细胞.") == "Key is to protect cells.");
  CHECK(english("造血干细胞是起源于骨髓的.").find("are to") == std::string::npos);
  CHECK(english("They appear to 是保护细胞.").find("to is to") == std::string::npos);
  CHECK(english("它们似乎是保护细胞.").find("to is to") == std::string::npos);
}

TEST_CASE("an adjective after a verb that is not a linking verb is its adverb", "[inflection]") {
  CHECK(english("它们生长缓慢.") == "They grow slowly.");
  CHECK(english("病情变得严重.") == "The condition becomes severe.");
  CHECK(english("症状保持稳定.") == "Symptoms remain stable.");
}

TEST_CASE("be and have after a modal are in the base form", "[inflection]") {
  CHECK(english("这些细胞可以是不同来源.") == "These cells can be different sources.");
  CHECK(english("They can 是 donors.") == "They can be donors.");
  CHECK(english("高血糖会损害 the nerves.") == "Hyperglycemia impairs the nerves.");  // 会 is dropped
}

TEST_CASE("a predicate agrees with the head of a subject in X of Y", "[inflection]") {
  CHECK(english("干细胞的作用机制尚不清楚.") == "The mechanisms of action of stem cells are unclear.");
  CHECK(english("作用机制尚不清楚.") == "Mechanisms of action are unclear.");
}

TEST_CASE("a verb after need that ends its clause is a passive infinitive, to be before its adverbs", "[inflection]") {
  CHECK(english("该疗法的疗效仍需验证.") == "The efficacy of the therapy still needs to be validated.");
  CHECK(english("疗效仍需进一步验证.") == "Efficacy still needs to be further validated.");
  CHECK(english("患者需要治疗.") == "Patients need treatment.");
}

TEST_CASE("an adjective after a verb ending in to is no adverb", "[inflection]") {
  CHECK(english("It helps 骨髓未能恢复的, but slowly.").find("restoredly") == std::string::npos);
}

TEST_CASE("a verb agrees with an English subject of a determiner and a noun that opens its clause", "[inflection]") {
  CHECK(english("The disease 主要影响 young adults.") == "The disease mainly affects young adults.");
  CHECK(english("Rest helps, and the drug also 影响 the kidney.") ==
        "Rest helps, and the drug also affects the kidney.");
  CHECK(english("This drug 影响 the kidney.") == "This drug affects the kidney.");
  CHECK(english("The cells 影响 the kidney.") == "The cells affect the kidney.");
  // An English modal or auxiliary before the verb: no agreement.
  CHECK(english("The drug does not 影响 the kidney.") == "The drug does not affect the kidney.");
  // A noun phrase after a preposition is no subject: the verb keeps its form.
  CHECK(english("Drugs in the blood 影响 the kidney.") == "Drugs in the blood affect the kidney.");
}

TEST_CASE("接受 takes an action as its object", "[inflection]") {
  CHECK(english("Donors 接受动员.") == "Donors receive mobilization.");
  CHECK(english("患者接受治疗.") == "Patients receive treatment.");
}

TEST_CASE("a line of one verb with a noun sense is that noun", "[inflection]") {
  CHECK(english("诊断") == "Diagnosis");
  CHECK(english("  预防 ") == "  Prevention ");
}

TEST_CASE("an English word before a term whose English opens with it is not written twice", "[inflection]") {
  CHECK(english("Patients need HLA 配型 first.") == "Patients need HLA matching first.");
  CHECK(english("Patients need HLA配型 first.") == "Patients need HLA matching first.");
}

TEST_CASE("成功移植 is the noun successful transplantation, and the verb after an adverb", "[inflection]") {
  CHECK(english("成功移植 cures it.") == "Successful transplantation cures it.");
  CHECK(english("成功的移植 cures it.") == "Successful transplantation cures it.");
}

TEST_CASE("a verb after a modal kept in the English is in its base form, after 会, which the rules drop, it agrees",
          "[inflection]") {
  CHECK(english("The drug 就会影响 the kidney.") == "The drug will affect the kidney.");
  CHECK(english("It 可以影响 the kidney.") == "It can affect the kidney.");
  CHECK(english("该病会影响成人.") == "The disease affects adults.");
}

TEST_CASE("发展 is the verb develop after 如何, and the noun development after 的", "[inflection]") {
  CHECK(english("疾病如何发展") == "How Disease Develops");
  CHECK(english("疾病的发展 is slow.") == "The development of disease is slow.");
}

TEST_CASE("an adjective between a modal and a verb is its adverb, one before a noun sense stays", "[inflection]") {
  CHECK(english("受损的神经无法再正常传递信号.") == "Damaged nerve can no longer normally transmit signals.");
  CHECK(english("异常增殖 is common.") == "Abnormal proliferation is common.");
}

TEST_CASE("a noun phrase in the plural puts its head noun in the plural", "[inflection]") {
  using rewriter::plural_noun_phrase;
  CHECK(plural_noun_phrase("effective treatment") == "effective treatments");
  CHECK(plural_noun_phrase("common cause") == "common causes");
  CHECK(plural_noun_phrase("mechanism of action") == "mechanisms of action");
  CHECK(plural_noun_phrase("patient with diabetes") == "patients with diabetes");
  CHECK(plural_noun_phrase("study") == "studies");
  CHECK(plural_noun_phrase("child") == "children");
  CHECK(plural_noun_phrase("stem cells") == "stem cells");                // plural already
  CHECK(plural_noun_phrase("clinical research") == "clinical research");  // uncountable
  CHECK(plural_noun_phrase("new evidence") == "new evidence");
  CHECK(plural_noun_phrase("a number of cells") == "a number of cells");  // its own determiner
  CHECK(plural_noun_phrase("this approach") == "this approach");
}

TEST_CASE("a Chinese noun after English one of is plural, unless an English word follows it", "[inflection]") {
  CHECK(english("Gene therapy is one of 最先进的应用.") == "Gene therapy is one of the most advanced applications.");
  CHECK(english("It was one of the 细胞因子.") == "It was one of the cytokines.");
  CHECK(english("It is one of the 细胞因子 in blood.") == "It is one of the cytokines in blood.");
  CHECK(english("It is one of the 干细胞治疗 approaches.") == "It is one of the stem cell therapy approaches.");
  CHECK(english("It is one of the 证据.") == "It is one of the evidence.");  // uncountable: no plural
  // Past the 最 that opens the Chinese run.
  CHECK(english("Rest is one of the 最有效的方法.") == "Rest is one of the most effective approaches.");
  CHECK(english("The 最有效的方法 is rest.") == "The most effective approach is rest.");
}

TEST_CASE("a pronoun subject makes the next word a verb that agrees with it", "[inflection]") {
  // A noun with a verb sense after a personal pronoun is that verb.
  CHECK(english("他们注射细胞.") == "They inject cells.");
  CHECK(english("她移植细胞.") == "She transplants cells.");
  // A verb with a noun sense after 这/这些 alone and before its object stays a verb, past adverbs too.
  CHECK(english("这改善睡眠.") == "This improves sleep.");
  CHECK(english("这些改善睡眠.") == "These improve sleep.");
  CHECK(english("这也改善睡眠.") == "This also improves sleep.");
  // A demonstrative that asks for its noun keeps it.
  CHECK(english("这些治疗都很安全.") == "These treatments are all very safe.");
  // A rule's template that opens with a verb agrees with a singular pronoun before the match.
  CHECK(english("他为患者提供帮助.") == "He provides help for patients.");
  CHECK(english("她们为患者提供帮助.") == "They provide help for patients.");
  CHECK(english("他可以为患者提供帮助.") == "He can provide help for patients.");
}

TEST_CASE("a verb before the 了 that closes its clause, after its subject, is in the past", "[inflection]") {
  CHECK(english("肿瘤缩小了.") == "Tumor shrank.");
  CHECK(english("Later, 细胞生长了.") == "Later, cells grew.");
  // A noun with a verb sense there is the verb (注射 "injection", "inject").
  CHECK(english("他们注射了.") == "They injected.");
  // A term of a noun and a verb there is the two words (症状改善 "symptom improvement").
  CHECK(english("他们的症状改善了, but pain stayed.") == "Their symptoms improved, but pain stayed.");
  CHECK(english("症状改善 was clear.") == "Symptom improvement was clear.");
  // So before a 了 and a quantity, the verb's measure (at least, about, or none).
  CHECK(english("细胞存活了六个月.") == "Cells survived six months.");
  CHECK(english("注射的细胞存活了至少六个月.") == "Injected cells survived at least six months.");
  CHECK(english("症状改善了30%.") == "Symptoms improved 30%.");
  CHECK(english("细胞存活 at six months was high.") == "Cell survival at six months was high.");
}

TEST_CASE("主要 between a pronoun subject and 影响 is the adverb mainly, and 影响 the verb", "[inflection]") {
  CHECK(english("他们主要影响成人.") == "They mainly affect adults.");
  CHECK(english("这主要影响成人.") == "This mainly affects adults.");
  CHECK(english("他们的主要影响.") == "Their main effect.");
}

TEST_CASE("a word that is both noun and verb is the verb after a subject, a modal or before an aspect marker",
          "[inflection]") {
  // After a pronoun or a noun subject, in the present.
  CHECK(english("他们讨论这个问题.") == "They discuss this issue.");
  CHECK(english("医生发现新的细胞.") == "Doctors find new cells.");
  CHECK(english("他们分析数据.") == "They analyze data.");
  CHECK(english("医生诊断疾病.") == "Doctors diagnose disease.");
  // 计划 "plans", and after a subject before a verb "plan to".
  CHECK(english("研究人员计划开展试验.") == "Researchers plan to conduct trials.");
  CHECK(english("我们计划开展试验.") == "We plan to conduct trials.");
  CHECK(english("他们的计划失败了.") == "Their plans failed.");
  // After a modal, the base form.
  CHECK(english("我们可以讨论这个问题.") == "We can discuss this issue.");
  CHECK(english("他们能发现新的细胞.") == "They can find new cells.");
  CHECK(english("我们将评估疗效.") == "We will evaluate efficacy.");
  // Before 了 or 过 and the object, the past.
  CHECK(english("我们讨论了这个问题.") == "We discussed this issue.");
  CHECK(english("研究人员讨论了这个问题.") == "Researchers discussed this issue.");
  CHECK(english("我们治疗了患者.") == "We treated patients.");
  CHECK(english("研究人员观察了细胞.") == "Researchers observed cells.");
  CHECK(english("我们发现过新的细胞.") == "We found new cells.");
  CHECK(english("我们诊断过疾病.") == "We diagnosed disease.");
  // Before the 了 that closes the clause, the past.
  CHECK(english("结果讨论了.") == "Results discussed.");
  // A verb after 了 is not its object: not read as a past with an object.
  CHECK(english("他们注射了.") == "They injected.");
}

TEST_CASE("a word that is both noun and verb is the noun in a heading, after or before 的 and as a sentence's subject",
          "[inflection]") {
  // A heading of this one word, with or without its number, or before a colon.
  CHECK(english("讨论") == "Discussion");
  CHECK(english("4. 讨论") == "4. Discussion");
  CHECK(english("二、讨论") == "2. Discussion");
  CHECK(english("讨论：") == "Discussion:");
  CHECK(english("4. 治疗") == "4. Treatment");
  CHECK(english("4. 诊断") == "4. Diagnosis");
  CHECK(english("控制") == "Control");
  CHECK(english("支持") == "Support");
  // Joined by "and" to a noun in a heading, on either side.
  CHECK(english("讨论与结论") == "Discussion and Conclusion");
  CHECK(english("结果与讨论") == "Results and Discussion");
  CHECK(english("分析与结论") == "Analysis and Conclusion");
  CHECK(english("评估与结论") == "Assessment and Conclusion");
  // After 的 and before 的.
  CHECK(english("这项研究的讨论很重要.") == "The discussion of the study is very important.");
  CHECK(english("这项研究的发现很重要.") == "The findings of the study are very important.");
  CHECK(english("这项研究的支持很重要.") == "The support of the study is very important.");
  CHECK(english("诊断的结果很重要.") == "The results of diagnosis are very important.");
  CHECK(english("分析的结果很重要.") == "The results of analysis are very important.");
  // Opening a sentence before 是 or a verb of showing.
  CHECK(english("讨论是关键.") == "Discussion is key.");
  CHECK(english("治疗是关键.") == "Treatment is key.");
  CHECK(english("诊断是关键.") == "Diagnosis is key.");
  CHECK(english("检测显示细胞增加.") == "Testing shows cells increase.");
  CHECK(english("评估表明这种方法有效.").starts_with("Assessment indicates"));
}

TEST_CASE("主要 before a verb with a noun sense that ends a heading is the adjective, and the verb its noun",
          "[inflection]") {
  CHECK(english("主要发现") == "Main Findings");
  CHECK(english("主要影响") == "Main Effects");
  CHECK(english("主要影响成人.") == "Mainly affect adults.");  // with its object, still the adverb
}

TEST_CASE("a noun phrase after a verb that takes a clause is that clause's subject, and its adjective a predicate",
          "[inflection]") {
  CHECK(english("医生认为这种药物有效.") == "Doctors believe this drug is effective.");
  CHECK(english("他们发现这些细胞安全.") == "They find these cells are safe.");
  // With no verb before it, the noun phrase opens its sentence as before.
  CHECK(english("这种药物有效.") == "This drug is effective.");
}

TEST_CASE("an anatomical noun with a Latin plural", "[inflection]") {
  CHECK(english("Both 半月板 were torn.") == "Both the menisci were torn.");
}

TEST_CASE("a noun with a postmodifier takes its number on its head", "[inflection]") {
  CHECK(english("这些患儿 were followed up.") == "These children with the disease were followed up.");
  CHECK(english("Each ward had 一个患儿.") == "Each ward had a child with the disease.");
}

TEST_CASE("a drug or a substance takes no plural s", "[inflection]") {
  CHECK(english("Agents such as 帕米膦酸 are infused.") == "Agents such as pamidronate are infused.");
  CHECK(english("Hormones like 胰岛素 are injected.") == "Hormones like insulin are injected.");
  CHECK(english("这些生长因子 are secreted.") == "These growth factors are secreted.");  // countable
}

TEST_CASE("an adjective with an adverb sense after a pronoun subject is the adverb", "[inflection]") {
  CHECK(english("它主要影响 older adults.") == "It mainly affects older adults.");
  CHECK(english("They said 它们主要影响 the hip.") == "They said they mainly affect the hip.");
  CHECK(english("其主要影响 was pain.") == "Its main effect was pain.");  // a possessive opens a noun phrase
}

TEST_CASE("表现 in a compound names manifestations, not the verb perform", "[inflection]") {
  CHECK(english("Its 典型表现 include a rash.") == "Its typical manifestations include a rash.");
  CHECK(english("该病主要表现为发热.") == "The disease mainly manifests as fever.");
  CHECK(english("常见表现是疼痛.") == "Common manifestations are pain.");
  CHECK(english("影像学表现 were mild.") == "Imaging findings were mild.");
}

TEST_CASE("压力 is stress in its compounds and pressure alone", "[inflection]") {
  CHECK(english("长期的精神压力会加重症状.") == "Long-term mental stress worsens symptoms.");
  CHECK(english("这些患者工作压力大.") == "These patients are under great work stress.");
  CHECK(english("Yoga may 缓解压力.") == "Yoga may relieve stress.");
  CHECK(english("The cuff 压力 rose.") == "The cuff pressure rose.");
}

TEST_CASE("the subject of a clause after a reporting phrase (研究发现, 结果显示) agrees with its verb",
          "[inflection]") {
  CHECK(english("研究表明患者的血糖降低.") == "Studies have shown the blood glucose of patients lowers.");
  CHECK(english("结果显示该药物的疗效提高.") == "The results showed that the efficacy of the drug improves.");
  CHECK(english("研究发现这种疗法改善症状.") == "Studies have found that this therapy relieves symptoms.");
}

TEST_CASE("after need, a light verb and its object ending the clause stays active: need to undergo surgery",
          "[inflection]") {
  CHECK(english("患者需要进行手术.") == "Patients need to undergo surgery.");
  CHECK(english("患者需要接受治疗.") == "Patients need to receive treatment.");
  CHECK(english("患者需要定期复查.") == "Patients need to have regular check-ups.");
  // A bare verb there is still the passive infinitive.
  CHECK(english("这些细胞需要培养.") == "These cells need to be cultured.");
}

TEST_CASE("a verbal noun after 进行 takes its noun sense: carry out assessment", "[inflection]") {
  CHECK(english("医生进行评估.") == "Doctors carry out assessment.");
  CHECK(english("然后进行评估.") == "Then carry out assessment.");
  CHECK(english("医生进行检查.") == "Doctors carry out examinations.");
  // After 对 and its object, the deed is the verb itself.
  CHECK(english("医生对患者进行检查.") == "Doctors examine patients.");
  CHECK(english("医生对患者进行观察.") == "Doctors observe patients.");
}

TEST_CASE("a part of the body and a process verb before a verb or an adjective: a compound subject", "[inflection]") {
  CHECK(english("骨骼修复需要时间.") == "Skeleton repair needs time.");
  CHECK(english("牙周组织再生很困难.") == "Periodontal tissue regeneration is very difficult.");
  CHECK(english("皮肤愈合需要时间.") == "Skin healing needs time.");
  // With an object after it, the verb stays.
  CHECK(english("肝脏产生蛋白质.") == "The liver generates proteins.");
}

TEST_CASE("an adjective after 比 and a word for an earlier time takes its -er form", "[inflection]") {
  CHECK(english("血压比过去高.").ends_with(" higher."));
  CHECK(english("费用比过去低.").ends_with(" lower."));
}

TEST_CASE("同一 points at one thing: the same patient", "[inflection]") {
  CHECK(english("同一患者接受了两次手术.").rfind("The same patient received", 0) == 0);
  CHECK(english("同一患者身上的皮肤很脆弱.") == "The skin of the same patient is very fragile.");
  // 这些 still asks for the plural.
  CHECK(english("这些患者接受了手术.").rfind("These patients received", 0) == 0);
}

TEST_CASE("a quantified plural subject headed before with or from: the verb agrees with the head", "[inflection]") {
  CHECK(english("有几名患儿死于感染.") == "Several children with the disease die of infection.");
  CHECK(english("该患儿死于感染.") == "The child with the disease dies of infection.");
}
