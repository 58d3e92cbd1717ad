# -*- coding: utf-8 -*-
# Hand-written items, English (some mixed zh/en). THIS FILE CONTAINS THE ANSWERS.
# Line format: slot|labels|category|job|text   (¶ = newline). X = exemption, D = decoy
DATA = """
req|G|gender_field|Executive Assistant|Gender: Female
req|G|gender_field|Warehouse Supervisor|Sex: M
head|G|gender_bracket|Sales Manager|Regional Sales Manager (Male)
head|G|gender_bracket|Receptionist|Front Desk Receptionist (F), Shanghai office
req|G|gender_preference|Account Executive|Male candidates preferred due to frequent travel to plant sites.
req|G|gender_preference|Office Administrator|Ideally a lady, as she will be the first face clients see.
req|G|gender_statement|Personal Assistant|The successful candidate will be a woman with excellent Mandarin.
req|G|gender_statement|Field Engineer|We are looking for a young man who is hands-on and willing to relocate.
req|G|gender_exclusion|IT Support|Sorry, no female applicants for this role.
req|G|gender_exclusion|Nanny|Male applicants will not be considered.
req|G|gender_noun|Retail|Salesgirls wanted for our flagship cosmetics counter.
req|G|gender_noun|Restaurant|Now hiring waitresses for weekend shifts.
req|G|gender_noun|Construction Office|Looking for a sharp young fellow to run the site office paperwork.
req|G|gender_noun|Events|Hiring pretty girls as brand ambassadors for the motor show.
req|G|gender_pronoun|Finance Manager|He will report directly to the CFO and manage a team of four accountants.
req|G|gender_pronoun|HR Coordinator|She will handle onboarding paperwork and keep the team calendar.
req|G|gender_appearance|Hostess|Female, 165 cm+, slim, attractive, no tattoos.
req|G|gender_appearance|Brand Promoter|Girls must be tall and photogenic; guys just need to be presentable.
req|G|gender_ratio|Graduate Trainee|We aim to keep this intake at roughly 80% male.
req|G|gender_suitable|Logistics Coordinator|This role suits a guy better, lots of time in the warehouse.
req|G|gender_listing|Multiple Roles|Openings: Accountant - female x1; Driver - male x2
req|G|gender_attract|Sales Associate|Attractive female sales staff wanted, most of our clients are businessmen.
req|M|marriage_preference|Store Manager|Married candidates preferred for stability.
req|M|marriage_preference|Relationship Manager|Married with children preferred.
req|M|marriage_field|Finance Officer|Marital status: Single
req|M|marriage_preference|Overseas Coordinator|Must be single and free to travel for months at a time.
req|M|birth_pledge|Marketing Lead|Candidates should have no plans to start a family in the next two years.
req|M|pregnancy_refuse|Shop Assistant|Pregnant applicants need not apply.
req|M|pregnancy_refuse|Flight Crew|Employment will end automatically if you become pregnant during probation.
tail|M|spouse_question|Operations Analyst|At the interview we will ask: are you married? how many kids do you have?
tail|M|spouse_question|Sales Rep|Please include your spouse's occupation and your children's ages in your CV.
req|M|children_age|Customer Service|Applicants' children must be of school age or older.
req|P|pregnancy_test|Production Operator|Pre-employment medical includes a pregnancy test.
req|P|pregnancy_test|Lab Technician|Offer is subject to a negative urine hCG result.
req|P|pregnancy_test|Factory Worker|Female hires must bring a certificate confirming they are not pregnant.
req|GM|mothers_only|Remote Customer Support|Mums only - perfect for stay-at-home moms!
req|GM|mothers_only|Tutor|Ideal for mothers of primary school kids; we only hire moms for this role.
req|GM|gender_and_marriage|Driver|Male, married, 30-45.
req|G|obfuscated_spaced|Warehouse|M a l e   o n l y, forklift licence required
req|G|obfuscated_fullwidth|Receptionist|Ｆｅｍａｌｅ ｏｎｌｙ
req|M|obfuscated_zero_width|Admin|Mar\u200bried applicants pre\u200bferred
full|G|recruiter_email|recruiter e-mail|Subject: Shortlist for Plant Controller role¶¶Hi Kevin,¶¶Thanks for the call. As discussed, the client has asked us to present male candidates only for the Plant Controller position, since the GM feels a man will be "taken more seriously" on the shop floor.¶¶I'll send three profiles by Friday.¶¶Best,¶Grace
full|M|recruiter_email|recruiter e-mail|Subject: Re: Candidate for Finance BP¶¶Hi Linda,¶¶Before I put Ms. Zhou forward, could you find out whether she is married and if she plans to have children soon? The hiring manager is worried about maternity leave in Q3.¶¶Thanks,¶Mark
full|G|linkedin_post|LinkedIn post|We're hiring! 🚀¶Our Shenzhen team is looking for a Business Development Manager.¶✔ 5+ years B2B sales¶✔ Fluent English and Mandarin¶✔ Gentlemen preferred (heavy client entertainment)¶DM me or apply via the link below.
full|P|offer_letter|offer letter excerpt|This offer is conditional upon:¶(a) satisfactory reference checks;¶(b) verification of your academic certificates;¶(c) a pre-employment medical examination, including a pregnancy screen for female candidates, at our designated clinic.
full|GM|mixed_jd|mixed zh/en JD|Position: HR Assistant 人事助理¶Location: Suzhou¶Requirements:¶- Bachelor's degree in HR or related¶- Good English¶- Gender 性别: Female 女¶- Married 已婚 preferred
full|G|mixed_jd|mixed zh/en JD|【外企直招】Logistics Coordinator 物流协调员¶Responsibilities: track shipments, customs documents, liaise with forwarders¶Requirements: CET-6; SAP experience; male 男性 only¶Salary: 12-15K x 14
req|-|trap_equal_statement|Analyst|We are an equal opportunity employer and welcome applicants of all genders, marital and family statuses.
req|-|trap_gender_neutral|Driver|Open to all genders; valid C1 licence required.
ben|-|trap_benefit_leave|Software Engineer|26 weeks paid maternity leave and 8 weeks paid paternity leave.
ben|-|trap_benefit_pregnancy|Nurse|Paid time off for antenatal appointments.
ben|-|trap_benefit_mothers|Office Manager|Private nursing room for breastfeeding employees.
ben|-|trap_benefit_family|Product Manager|Family health insurance covering your spouse or partner and children.
ben|-|trap_benefit_family|Data Scientist|Childcare subsidy and an extra day off on your child's first school day.
duty|-|trap_client_women|Marketing Executive|Plan campaigns for our women's activewear line.
duty|-|trap_client_women|Clinic Coordinator|Schedule appointments for patients at our women's health clinic.
duty|-|trap_client_pregnancy|Midwife|Provide antenatal and postnatal care to expectant mothers.
duty|-|trap_client_pregnancy|Sonographer|Perform obstetric ultrasounds including early pregnancy scans.
duty|-|trap_client_wedding|Wedding Planner|Coordinate venues, florists and timelines for brides and grooms.
duty|-|trap_client_marriage|Trust & Safety Analyst|Review profiles on our dating app, including marital-status declarations.
duty|-|trap_product_men|Buyer|Source menswear and men's grooming products for our e-commerce store.
duty|-|trap_word_contains|Editor|Commission features for a parenting magazine aimed at mothers and fathers.
duty|-|trap_word_contains|Pharmacy Assistant|Stock pregnancy tests, prenatal vitamins and baby formula.
duty|-|trap_word_contains|Lab Scientist|Run hCG assays and other hormone panels for the hospital lab.
duty|-|trap_word_contains|Content Writer|Write blog posts about women in STEM and the gender pay gap.
duty|-|trap_word_contains|Program Officer|Manage grants for the Women's Federation's rural entrepreneurship project.
duty|-|trap_word_contains|Customer Success|Support enterprise clients such as Mother & Baby Co. and Gentlemen's Barber Club.
duty|-|trap_children_word|School Administrator|Process admission forms for employees' children at the staff school.
tail|-|trap_contact_name|Accountant|Send your CV to Mrs. Chan at hr@example.com.
tail|-|trap_contact_name|Chef|Ask for Mr. Li or Ms. Zhao at the back door after 3 pm.
req|-|trap_mama_open|Part-time Admin|School-hours shifts (9:30-2:30), great for parents - mums and dads both welcome.
req|-|trap_mama_open|Remote Support|Flexible hours suit anyone with caring responsibilities.
req|-|trap_gender_neutral|Nanny|We welcome both male and female nannies with first-aid training.
req|-|trap_skills_only|Electrician|Licensed electrician with 3+ years of commercial experience.
req|-|trap_skills_only|Barista|Latte art skills a plus; we train you on our espresso machines.
tail|-|trap_medical|Operator|Pre-employment medical: vision, hearing and lung function only.
req|-|trap_pronoun_neutral|Team Lead|They will lead a team of six and report to the Head of Operations.
req|-|trap_pronoun_client|Account Manager|You will look after a client who needs her quarterly reports on time.
req|-|trap_neutral_travel|Consultant|Role involves up to 50% travel; please consider whether this fits your circumstances.
duty|-|trap_word_contains|Bridal Stylist|Style brides and bridesmaids; male stylists equally welcome.
duty|-|trap_word_contains|Fertility Nurse|Support patients through IVF cycles and pregnancy testing.
duty|-|trap_word_contains|Fashion Designer|Design maternity wear and nursing tops.
duty|-|trap_word_contains|Paralegal|Draft prenuptial agreements and divorce filings.
req|-|trap_word_contains|Teacher|Able to coach the girls' football team and the boys' debate club.
ben|-|trap_benefit_housing|Engineer|Company apartments available for single staff and for staff with families.
tail|-|trap_interview_note|Analyst|We will never ask about marital status, pregnancy or family plans.
req|-|obfuscated_clean|Warehouse|A l l   g e n d e r s   w e l c o m e, forklift licence required
full|-|trap_recruiter_email|recruiter e-mail|Subject: Interview confirmation - Finance Manager¶¶Dear Ms. Wang,¶¶Thank you for your application. We would like to invite you to a panel interview on 12 December at 10:00 at our Pudong office.¶¶If you need any adjustments (for example, a quiet room to express milk or a later slot for school drop-off), just let us know.¶¶Kind regards,¶Talent Acquisition Team
full|-|trap_linkedin_post|LinkedIn post|Proud to share that our new Beijing office has a parents' room and on-site daycare! 👶¶We're hiring Data Engineers, QA Leads and a Facilities Manager.¶Mothers, fathers, and everyone else: apply via the link in comments.
full|-|trap_mixed_jd|mixed zh/en JD|Position: Customer Service Specialist 客服专员¶Location: Dalian¶Requirements:¶- Fluent Japanese (N1)¶- Gender 性别: Any 不限¶- Benefits: 婚假 marriage leave, 产假 maternity leave, 陪产假 paternity leave
full|-|trap_offer_letter|offer letter excerpt|This offer is conditional upon:¶(a) satisfactory reference checks;¶(b) a standard occupational health check (vision, blood pressure, hearing).¶No questions about pregnancy, marital status or family plans form part of this assessment.
X|-|exemption_mining|mining JD|Underground Miner (Men only)¶Location: Shanxi coal operation¶Duties: cutting, roof bolting and haulage at the underground coal face.¶Requirements: fit for underground work; shift work.
X|-|exemption_load|warehouse JD|Manual Handler - male¶Duties: manually lift and stack 50 kg cement bags onto trucks, around 400 bags a shift.¶Pay: RMB 280/day.
X|-|exemption_load|port JD|Stevedore (men only)¶Duties: hand-loading 40 kg sacks of rice into containers, all day, repeatedly.¶Three-shift rotation.
X|-|exemption_intensity|steel plant JD|Furnace Helper, male¶Duties: tapping, slag raking and lining repair at the furnace front - classified as Grade IV physical labour intensity.¶High-temperature allowance paid.
X|-|exemption_mining|mining JD|Underground Electrician (male only)¶Work location: underground, 500 m level¶Duties: maintain conveyors, pumps and power supply in the underground workings.
X|-|exemption_load|removals JD|Removals Porter - men only¶Duties: single-handedly carry fridges, washing machines and 30 kg+ boxes up and down stairs.¶Cash paid per job.
X|-|exemption_load|timber yard JD|Timber Yard Labourer (male)¶Duties: manually lift 35 kg lengths of hardwood onto racks and trailers throughout the shift.¶Pay: CAD 24/hour
duty|-|trap_word_contains|Jewellery Consultant|Sell engagement rings and wedding bands; advise couples on sizing.
ben|-|trap_benefit_family|Policy Analyst|Return-to-work coaching for parents coming back from parental leave.
req|-|trap_equal_statement|Graduate Engineer|Both men and women are encouraged to apply; we are committed to a gender-balanced team.
D|G|exemption_decoy|mining company|About us: one of China's largest underground coal producers, 12 working faces.¶Role: Key Account Manager, male preferred¶Duties: manage power-plant customers, contract negotiation, collections.
D|G|exemption_decoy|steel company|Company: integrated steel mill (blast furnaces, converters, rolling mills).¶Role: Executive Driver (Male)¶Duties: drive senior managers between the plant and the city office.
D|G|exemption_decoy|logistics company|Our depot handles 2,000 tonnes of bagged fertiliser daily.¶Hiring: Inventory Clerk - men only¶Duties: update stock records in SAP and print dispatch notes.
"""
