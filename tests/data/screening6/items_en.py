"""English items (foreign-company JDs, HK classifieds, social posts). Each line is hand-written and used once."""


def V(sector, line, labels, cat, **kw):
    return dict(sector=sector, line=line, labels=labels, cat=cat, **kw)


def RAW(text, labels, cat, source, **kw):
    return dict(sector="admin", raw=text, labels=labels, cat=cat, source=source, **kw)


ZW = "\u200b"
C = ""

VIOLATING = [
    V("sales", "Sex: M / Age: 25-35", "G", "field_value_gender"),
    V("sales", "Male candidates only, as the role involves frequent overnight travel", "G", "gender_restriction"),
    V("hospitality", "Female applicants will be given priority", "G", "gender_preference"),
    V("sales", "Regional Sales Lead (M) - South China", "G", "bracketed_gender", slot="note"),
    V("admin", "Receptionist - female, well-groomed and presentable", "G", "appearance_one_gender",
      title="Receptionist"),
    V("hospitality", "The ideal candidate is a young lady with a pleasant appearance and slim figure", "G",
      "appearance_one_gender", title="Guest Relations Officer"),
    V("admin", "We are looking for a gentleman with a calm, authoritative manner", "G", "gender_restriction_implied",
      title="Executive Assistant"),
    V("tech", "He will report to the CTO and lead a team of four engineers", "G", "pronoun_hint"),
    V("hospitality", "She will be the first point of contact for our VIP guests", "G", "pronoun_hint",
      title="Guest Relations Officer"),
    V("ops", "Looking for a couple of strong lads for the loading bay", "G", "gender_slang",
      title="Warehouse Assistant"),
    V("hospitality", "Pretty girls with height 165cm+ preferred", "G", "appearance_one_gender", title="Waiter / Waitress"),
    V("admin", "This post would suit a mature gentleman", "G", "gender_suitable_for", title="Office Administrator"),
    V("admin", "The role is better suited to a woman", "G", "gender_suitable_for", title="HR Assistant"),
    V("hospitality", "Ladies only please", "G", "gender_restriction", title="Barista"),
    V("admin", "Mandarin-speaking female PA to the Chairman", "G", "gender_restriction", slot="note",
      title="Executive Assistant"),
    V("sales", "Must be a man, since the team shares hotel rooms on trade-show trips", "G", "gender_restriction"),
    V("hospitality", "Barista (Female) x 2", "G", "bracketed_gender", slot="note", title="Barista"),
    V("ops", "Openings: 2 x delivery drivers (male), 1 x dispatch clerk (female)", "G", "job_then_gender_listing",
      slot="note"),
    V("admin", "Preference will be given to male applicants with a military background", "G", "gender_preference",
      title="Office Administrator"),
    V("hospitality", "Attractive female hostesses wanted for our members' lounge", "G", "appearance_one_gender",
      slot="note"),
    V("tech", "We'd love another guy on the team - it's all dudes here and we like it that way", "G",
      "gender_slang", title="Backend Engineer"),
    V("sales", "Salesman wanted - a hungry young man who can close deals", "G", "gender_slang",
      title="Account Executive"),
    V("ops", "Gender requirement: male", "G", "field_value_gender", title="Delivery Driver"),
    # ---- marriage and childbearing
    V("admin", "Candidates who are married and settled with children will be favoured", "M",
      "marital_childbearing_preferred"),
    V("tech", "Marital status: Single", "M", "field_value_marriage"),
    V("admin", "Please state your marital status and number of dependants in your cover letter", "M",
      "marriage_form_field", slot="note"),
    V("sales", "At interview we will ask whether you plan to start a family in the next two years", "M",
      "childbearing_question", slot="note"),
    V("hospitality", "Applicants must not be pregnant", "M", "pregnant_excluded"),
    V("admin", "Pregnancy during probation will result in termination", "M", "pregnancy_dismissal", slot="note"),
    V("tech", "Successful candidates must agree not to have children during the first three years", "M",
      "childbirth_limit_condition", slot="note"),
    V("admin", "The screening call covers your spouse's occupation and your childcare arrangements", "M",
      "spouse_children_question", slot="note"),
    V("hospitality", "Single applicants only - this is a live-in position", "M", "single_required"),
    # ---- pregnancy tests
    V("ops", "Pre-employment medical includes a pregnancy test for female hires", "P", "pregnancy_test", slot="note"),
    V("hospitality", "Offer is conditional on a negative hCG result", "PM", "pregnancy_test+refusal", slot="note"),
    V("admin", "Medical check: full blood count, urine hCG, chest X-ray", "P", "pregnancy_test", slot="note"),
    V("sales", "Please bring a doctor's letter confirming you are not expecting", "P", "pregnancy_test_certificate",
      slot="note"),
    # ---- mothers only / combined
    V("admin", "Mums only! Hours built around the school run", "GM", "mothers_only", title="Accounts Clerk"),
    V("sales", "Ideal for a stay-at-home mother looking to earn from home", "GM", "mothers_preferred",
      title="Sales Coordinator"),
    V("ops", "Young married men preferred - stable and reliable", "GM", "married_men_preferred"),
    V("hospitality", "A woman whose children are grown up would be perfect", "GM", "childbearing_women_only",
      title="Housekeeping Attendant"),
    V("admin", "Female, unmarried, under 28", "GM", "gender_and_marital", title="Receptionist"),
    # ---- decoys: heavy-industry company, office / driving job restricted to men
    V("admin", "Male only. We are an underground coal mining group.", "G", "decoy_heavy_industry_office_job",
      company="Shanxi Blackstone Coal Group", title="Accountant",
      duties=["Prepare monthly management accounts", "Handle tax filings"]),
    V("ops", "Men only - our mine site is remote", "G", "decoy_heavy_industry_office_job",
      company="Pilbara Copper Mining (China Office)", title="Company Car Driver",
      duties=["Drive executives between the city office and the airport", "Keep vehicle logs"]),
    V("ops", "Lifting boxes of up to 15 kg, so we are only hiring men", "G", "near_miss_load_below_limit",
      title="Warehouse Assistant"),
    # ---- obfuscated
    V("ops", "ｍａｌｅ ｏｎｌｙ", "G", "obf_fullwidth", obf=True),
    V("admin", f"fe{ZW}male only", "G", "obf_zero_width", obf=True, title="Receptionist"),
    V("tech", "<b>Gender:</b> <i>Male</i>", "G", "obf_html", obf=True),
    V("sales", "m a r r i e d  candidates preferred", "M", "obf_spaced", obf=True),
    V("hospitality", "Ｆｅｍａｌｅ ｐｒｅｆｅｒｒｅｄ", "G", "obf_fullwidth", obf=True),
]

VIOLATING += [
    RAW("Hiring now: shop assistant for a jewellery counter in TST. Lady, 20-30, good looking, fluent Cantonese. "
        "HKD 16k + commission. WhatsApp 6123 4578", "G", "appearance_one_gender", "hk_classified"),
    RAW("Need a handyman ASAP for our serviced apartments - must be a guy, you'll be on call nights. DM me.", "G",
        "gender_slang", "linkedin_short"),
    RAW("Nanny wanted for expat family in Shekou. Must be married with her own kids (so she knows what she's doing). "
        "RMB 9,000/month, live-out.", "GM", "childbearing_women_only", "hk_classified"),
]

CLEAN = [
    V("tech", "We welcome applicants of every gender, marital status and family situation", C,
      "trap_nondiscrimination_statement", slot="note"),
    V("admin", "Generous maternity and paternity leave", C, "trap_benefit_leave", slot="ben"),
    V("tech", "On-site nursing room and a monthly childcare subsidy", C, "trap_benefit_nursing_room", slot="ben"),
    V("admin", "Parents returning to work are warmly welcome; a school-hours schedule is available", C,
      "trap_parents_welcome"),
    V("hospitality", "Many of our guests are expectant mothers; experience with prenatal yoga is a plus", C,
      "trap_client_pregnancy", title="Wellness Coordinator"),
    V("sales", "Sell our menswear and womenswear ranges to department stores", C, "trap_product_mens_womens"),
    V("hospitality", "Coordinate with brides, grooms and their families on the day", C, "trap_client_wedding",
      title="Wedding Coordinator"),
    V("admin", "Verify members' identity and marital-status documents for our matchmaking service", C,
      "trap_client_matchmaking", title="Membership Officer"),
    V("ops", "Pre-employment medical: general physical and chest X-ray only", C, "trap_medical_ordinary",
      slot="note"),
    V("admin", "We never ask about marriage, pregnancy or family plans at any stage of hiring", C,
      "trap_nondiscrimination_statement", slot="note"),
    V("admin", "He or she will report to the Finance Director", C, "trap_pronoun_both"),
    V("tech", "They will own the analytics roadmap end to end", C, "trap_pronoun_neutral"),
    V("hospitality", "Waiters and waitresses wanted for our new branch", C, "trap_both_genders_listed"),
    V("sales", "Salesmen and saleswomen both welcome; training provided", C, "trap_both_genders_listed"),
    V("ops", "Report to the site foreman each morning", C, "trap_word_foreman", title="Production Operator"),
    V("admin", "Support the Chairman's office with board papers", C, "trap_word_chairman",
      title="Executive Assistant"),
    V("sales", "Manage our women's health product line in East China", C, "trap_product_womens_health",
      title="Key Account Manager"),
    V("tech", "Help run our Women in Tech network events (open to all staff)", C, "trap_org_women", slot="note"),
    V("ops", "Mother & baby store - restock nappies and formula", C, "trap_client_maternal_store",
      title="Store Associate"),
    V("hospitality", "Nurse for our obstetrics ward; midwifery registration preferred", C, "trap_client_obstetrics",
      title="Ward Nurse", company="St. Clara Women's Hospital"),
    V("admin", "Coordinate appointments at our fertility clinic", C, "trap_client_fertility",
      title="Patient Coordinator"),
    V("admin", "Family-friendly hours (9:30-15:00) open to any parent or carer", C, "trap_parents_welcome"),
    V("sales", "Paid wedding leave and a marriage gift", C, "trap_benefit_wedding", slot="ben"),
    V("hospitality", "Gender-neutral uniforms provided", C, "trap_gender_words_benefit", slot="ben"),
    V("sales", "Lead our Mother's Day and Father's Day campaigns", C, "trap_word_mothers_day",
      title="Account Executive"),
    V("ops", "Drug and alcohol screening is part of the pre-employment medical", C, "trap_medical_ordinary",
      slot="note"),
    V("tech", "Family medical insurance covering your spouse and children", C, "trap_benefit_family_insurance",
      slot="ben"),
    V("tech", "Spouse visa sponsorship for relocating hires", C, "trap_benefit_spouse_visa", slot="ben"),
    V("sales", "Handsome commission on every deal", C, "trap_word_handsome", slot="ben"),
    V("ops", "Must be able to lift 10 kg occasionally", C, "trap_light_load"),
    V("admin", "Manpower planning and man-hour reports for the plant", C, "trap_word_manpower",
      title="HR Assistant"),
    V("tech", "Freshman and sophomore interns also considered for summer", C, "trap_word_freshman", slot="note"),
    V("hospitality", "Men's and women's changing rooms with lockers", C, "trap_gender_words_benefit", slot="ben"),
    V("admin", "Contact Ms. Wong for enquiries", C, "trap_contact_title", slot="note"),
    V("ops", "ａｌｌ ｇｅｎｄｅｒｓ ｗｅｌｃｏｍｅ", C, "obf_clean_fullwidth", obf=True),
    RAW("Hiring! Part-time tutors, any gender, mums and dads welcome, evenings or weekends, HKD 250/hr. "
        "DM for details.", C, "trap_parents_welcome", "hk_classified"),
]
for _sector in ["tech", "sales", "hospitality", "admin", "ops", "tech", "sales", "admin"]:
    CLEAN.append(V(_sector, None, C, "plain_clean"))

EX = "exemption_underground_mining"
HL = "exemption_heavy_load"
IV = "exemption_physical_intensity_iv"
EXEMPT = [
    V("ops", "Male applicants only: this is an underground position in our copper mine", C, EX, exemption=True,
      title="Underground Miner", company="Yunnan Red River Copper",
      duties=["Drill and blast at the underground face", "Install roof support"]),
    V("ops", "Underground work, men only", C, EX, exemption=True, title="Shaft Maintenance Fitter",
      company="Inner Mongolia Coal Co.", duties=["Maintain hoists and pumps underground", "Inspect shaft conveyors"]),
    V("ops", "Sacks weigh about 45 kg and are loaded by hand all shift, so men only", C, HL, exemption=True,
      title="Loader", duties=["Hand-load sacks of feed onto trucks", "Stack pallets"]),
    V("ops", "Repeated manual lifting of 30 kg cartons throughout the shift; male workers only", C, HL,
      exemption=True, title="Cold Store Handler", duties=["Move frozen cartons by hand", "Pick orders in -18C"]),
    V("ops", "Physical workload is rated Grade IV under the national standard; male candidates only", C, IV,
      exemption=True, title="Forestry Worker", company="Greenridge Forestry",
      duties=["Fell and buck trees by hand", "Carry logs to the landing"]),
    V("ops", "Drums of 35 kg are tipped into the mixer by hand; men only", C, HL, exemption=True,
      title="Batch Mixer Operator", company="Prime Packaging Ltd.",
      duties=["Charge raw materials into the mixer", "Clean the mixing bay"]),
    V("ops", "Porters carry 30 kg loads up the hillside steps; male only", C, HL, exemption=True,
      title="Porter", company="Lantau Village Supplies", duties=["Carry building materials to village houses"]),
    V("ops", "Stevedores hand-carry 40 kg sacks from hold to quay; men", C, HL, exemption=True, title="Stevedore",
      company="Delta Freight Forwarding", duties=["Unload bagged cargo by hand"]),
    RAW("Underground gold mine recruiting miners - men only (underground work). Fly-in fly-out, 2 weeks on / "
        "2 weeks off. Apply at careers@deepvein-mining.com", C, EX, "linkedin_short", exemption=True),
    RAW("Labourers needed at a lime yard: each sack of quicklime is about 40 kg and all of them go onto the lorry by hand. Male workers "
        "only. Daily pay RMB 320.", C, HL, "hk_classified", exemption=True),
]

ITEMS = VIOLATING + CLEAN + EXEMPT
