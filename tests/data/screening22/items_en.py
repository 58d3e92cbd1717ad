# Hand-written items (English), author 22. THESE FILES CONTAIN THE ANSWERS.
RAW = r"""
G|gender_field|Gender: Female
G|gender_field|Sex: M
G|gender_bracket|Sales Manager (Male)
G|gender_bracket|Receptionist (F), age 20-28
G|gender_statement|The successful candidate will be a woman.
G|gender_statement|We are looking for a young man to join our logistics team.
G|gender_pref|Male candidates preferred.
G|gender_pref|Preference will be given to female applicants.
G|gender_excl|Women need not apply.
G|gender_excl|This role is not open to men.
G|gender_pronoun|He will report to the Plant Director and must be willing to travel.
G|gender_slang|Looking for a strong guy to help in the warehouse office.
G|gender_slang|Hiring pretty girls for front-of-house.
G|gender_appear|Female, min. height 165 cm, well-groomed appearance required.
G|gender_appear|Lady applicants must be slim and photogenic; attach a full-length photo.
G|gender_role|We need a salesman with a strong network in Shenzhen.
G|gender_role|Hiring a waitress for the evening shift.
G|gender_role|Seeking a male nanny? No - seeking a female driver for a family office.
G|gender_ratio|We currently only have openings for male engineers; female quota is full.
G|gender_pref|Ideally a gentleman, as the job involves late-night client entertainment.
G|gender_field|Requirements: male, under 35, CET-6
G|gender_statement|Only ladies please.
G|gender_implied|Suitable for men only due to frequent overnight site visits.
G|obf_spaced|M a l e   o n l y
G|obf_fullwidth|Ｆｅｍａｌｅ ｏｎｌｙ
G|obf_zw|Ma​le pre​ferred
M|mar_pref|Married with children preferred.
M|mar_field|Marital status: Single
M|question|Are you married? Please state in your cover letter.
M|question|Please list the number and ages of your children on the application form.
M|birth_pledge|Candidates must commit to no pregnancy during the first two years.
M|preg_dismiss|Pregnancy during probation will result in termination.
M|child_cond|Applicants with children under 5 will not be considered.
M|mar_pref|Unmarried candidates preferred because of extensive travel.
M|question|At interview we will ask about your spouse's occupation and family plans.
M|preg_dismiss|Pregnant or breastfeeding applicants cannot be accepted.
M|birth_pledge|No plans to start a family in the next 3 years preferred.
P|preg_test|Pre-employment medical includes a pregnancy test.
P|preg_test|Female hires must present a negative HCG result before day one.
P|preg_test|Proof of non-pregnancy required at onboarding.
GM|mothers|Stay-at-home mums only.
GM|mothers|Mothers preferred for this flexible role.
GM|married_women|Married women aged 30-40 preferred.
GP|women_test|Female only; urine pregnancy screen at medical.
C|trap_clients|Relationship manager at a matchmaking platform, verifying members' marital status.
C|trap_clients|Content editor for a pregnancy and parenting app.
C|trap_clients|Customer service for a maternity-wear brand; all genders welcome.
C|trap_clients|Wedding planner coordinating couples and their families.
C|trap_clients|Marketing lead for a men's grooming brand (open to all applicants).
C|trap_clients|Lab technician running HCG assay quality control.
C|trap_clients|Midwife (registered), any gender.
C|trap_clients|Data analyst on a women's health research programme.
C|trap_benefit|26 weeks paid maternity leave and 4 weeks paternity leave.
C|trap_benefit|On-site nursing room and childcare subsidy.
C|trap_benefit|Marriage leave and prenatal check-up leave per local regulations.
C|trap_benefit|Back-to-school allowance for employees with children.
C|trap_benefit|Fertility and family-planning benefits for all employees.
C|trap_benefit|Annual health check (no pregnancy testing; we do not ask).
C|trap_benefit|Flexible hours that fit the school run, open to every parent.
C|trap_open|We welcome applicants of all genders, marital and family statuses.
C|trap_open|Mums, dads and carers returning to work are warmly encouraged to apply.
C|trap_open|Equal opportunity employer: we do not ask about marriage or children.
C|trap_words|Contact: Ms. Li, HR Business Partner
C|trap_words|Contact Mr. Wang at hr@example.com
C|trap_words|Office: Women's Federation Building, 3rd floor
C|trap_words|Responsible for the Women in Tech mentoring programme.
C|trap_words|Manage the "Mothers' Room" booking system.
C|trap_words|Write copy for our bridal collection.
C|trap_words|Support HR with maternity and paternity leave paperwork.
C|trap_words|Experience with Chinese labour law on female employees' special protection is a plus.
C|trap_words|Translate the Women's Rights Protection Law into English (contract).
C|trap_words|Manage Manhattan office logistics (yes, the man- in Manhattan is just a place).
C|trap_words|Work with the Maternal & Child Health team on dashboards.
C|trap_words|Sell baby formula to pharmacies; gender is irrelevant to us.
C|trap_words|Chairman's office assistant, any gender.
C|trap_words|Our workforce is 52% women and 48% men.
C|trap_words|Teach prenatal yoga (certified; men and women instructors welcome).
C|trap_words|Handle customer tickets for a dating app, including marital-status disputes.
C|trap_words|Product manager for a period-tracking app; all genders.
C|trap_words|Staff the kids' corner at our family store on weekends.
C|trap_words|Sister company: Acme Women's Wear Ltd.
C|trap_words|Grandmother's Kitchen restaurant group is hiring a line cook.
C|trap_obf|G e n d e r :  a n y
C|trap_words|Manpower planning analyst
C|trap_words|Masters degree in Women's Studies or Sociology accepted.
C|trap_words|Night shift nurse, married or single, any gender.
X|exempt_mine|Underground coal miner (male), working at the coal face.
X|exempt_load|Dock labourer, men only: manually loading 50 kg sacks onto trucks all shift.
X|exempt_load|Warehouse porter (male), single-person lifting of 30 kg cartons repeatedly.
X|exempt_load|Cement bagging hand, male; each bag weighs 50 kg and is lifted by hand.
X|exempt_mine|Underground driller (men only) in a gold mine.
D|decoy_office|Office administrator (male) at our mining site HQ.
D|decoy_sales|Sales engineer, male only, for our steel products.
C|trap_words|Coordinate our International Women's Day panel (any gender).
C|trap_benefit|Paid leave for IVF and pregnancy-related appointments.
C|trap_clients|Customer success for a bridal registry platform.
"""
