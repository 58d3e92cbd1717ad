# Author 17, hand-written. CONTAINS THE ANSWERS (labels). English violating items.
# Line format: LABELS|category|text   (G=GENDER, M=MARRIAGE_CHILDBEARING, P=PREGNANCY_TEST)
RAW = r"""
G|gender_slang|Looking for a young energetic lady to greet guests and handle bookings.
G|gender_slang|We need a gal Friday who can juggle phones, filing and the boss's diary.
G|gender_slang|Seeking a handy guy for light repairs around our serviced apartments.
G|gender_slang|Pretty girls wanted for promo booth at the motor show, weekend only.
G|gender_slang|Strong lads needed for warehouse picking, night shift, Tuas area.
G|gender_slang|Looking for a cheerful auntie to run our kopitiam drinks stall.
G|gender_slang|Office boy wanted for document runs between Central and Wan Chai.
G|gender_slang|We want a sharp young chap to assist the MD, fresh grads fine.
G|gender_slang|Hiring: sweet and presentable lass for our bubble tea counter.
G|gender_slang|Need a fella who knows his way around a forklift, start Monday.
G|gender_slang|Seeking a motherly lady to look after two toddlers in Mid-Levels.
G|gender_slang|Friendly waitresses needed for busy dim sum restaurant, Kowloon Bay.
G|gender_slang|Barmaids wanted for a Soho pub, experience a plus.
G|gender_slang|Looking for salesgirls for our cosmetics counter at Mid Valley Megamall.
G|gender_slang|Hostess with a bubbly personality required for KTV lounge, Makati.
G|gender_slang|Stewardess vacancies now open, join our growing Gulf carrier.
G|gender_slang|We are hiring Filipina maids for Saudi employers, 2-year contract.
G|gender_slang|Looking for a matronly receptionist who can calm anxious patients.
G|gender_slang|We are after a "girl next door" type for our brand ambassador role.
G|gender_slang|Need a muscular young man to help with deliveries around Bukit Timah.
G|gender_female_only|Female applicants only.
G|gender_female_only|This vacancy is open to women only; male candidates will not be shortlisted.
G|gender_female_only|Ladies only please, as the role involves sharing a small back office.
G|gender_female_only|Only Filipina helpers will be considered for this household.
G|gender_female_only|Applicants must be female, Malaysian or PR.
G|gender_female_only|Sorry guys, this one is strictly for the ladies.
G|gender_female_only|Strictly no male applicants.
G|gender_female_only|Open to female nationals of Kerala only for this hospital contract.
G|gender_male_only|Male candidates only.
G|gender_male_only|Position restricted to men due to frequent travel to client sites.
G|gender_male_only|We will only consider gentlemen for this accountant role.
G|gender_male_only|Only male drivers need apply.
G|gender_male_only|Men only - the supervisor prefers working with men.
G|gender_male_only|Must be a man, as the team is all male and works late.
G|gender_male_only|We're not taking women for this shift, sorry.
G|gender_male_only|Boys only for our IT helpdesk, Bangalore office.
G|gender_pref|Female preferred.
G|gender_pref|Preference will be given to male candidates.
G|gender_pref|Ideally a woman, as most of our clients are housewives.
G|gender_pref|Male candidates will be given priority for this field sales post.
G|gender_pref|Girls preferred for the front desk.
G|gender_pref|A gentleman would suit this role best.
G|gender_pref|We lean towards hiring a lady for this role.
G|gender_pref|Suitable for men.
G|gender_pref|This role would suit a young woman looking to build a career in PR.
G|gender_pref|More suitable for a male applicant due to the late closing hours.
G|gender_field|Gender: Female
G|gender_field|Sex: Male
G|gender_field|Gender - M
G|gender_field|Gender required: Female (Chinese speaking)
G|gender_field|Sex: F, Age: 20-28, Height: 160cm+
G|gender_field|Candidate profile: Male, 25-35, own transport
G|gender_field|Requirements: Female / Filipino / with Hong Kong experience
G|gender_field|Gender Preference: Male
G|gender_title|Sales Manager (Male) - Dubai
G|gender_title|Personal Assistant (Female), Kuala Lumpur
G|gender_title|Receptionist - Female - Quezon City
G|gender_title|Security Guard (M) x 3
G|gender_title|Admin Executive (Lady)
G|gender_title|Driver cum Handyman (Male, Indian national)
G|gender_title|Spa Therapist [Female] - Abu Dhabi
G|gender_title|Store Keeper - Male Only
G|gender_pronoun|The successful candidate will be a woman with strong people skills.
G|gender_pronoun|He will report to the Regional Director and manage a team of six.
G|gender_pronoun|The ideal candidate is a lady in her twenties who loves fashion.
G|gender_pronoun|The right man for the job will have five years in logistics.
G|gender_pronoun|She should be well-groomed and able to speak Mandarin.
G|gender_pronoun|Looking for the right guy to lead our Manila sales office.
G|gender_ratio|We are balancing our team, so this hire must be a woman.
G|gender_ratio|Our floor is 80% men already, so we are only interviewing ladies this round.
G|gender_appearance|Female, minimum height 162cm, pleasant looks, slim build.
G|gender_appearance|Ladies must be attractive and weigh under 55 kg.
G|gender_appearance|Female applicants should be fair-skinned and photogenic; please send full-length photo.
G|gender_appearance|Cabin crew: women must be at least 158 cm and maintain a weight in proportion to height; men just need arm reach of 212 cm.
G|gender_appearance|Girls must be good-looking, no tattoos, BMI under 22.
G|gender_age_gender|Women under 30 only, men any age.
G|gender_age_gender|Female aged 18-25, good figure, nice smile.
GM|gender_marital|Female aged 18-25, unmarried, no visible tattoos.
M|marital_required|Must be single.
M|marital_required|Applicants must be unmarried.
M|marital_required|Marital status: Single
M|marital_required|Married candidates only, for stability.
M|marital_pref|Family man preferred.
M|marital_pref|Married with children preferred.
M|marital_pref|Married applicants will be given preference.
M|marital_pref|Settled (married) candidates preferred for this long-term post.
M|marital_pref|Single candidates preferred as the job involves 6 months offshore.
M|children_condition|No kids.
M|children_condition|Candidates with young children need not apply.
M|children_condition|Must have no dependants.
M|children_condition|Applicants with children under 5 will not be considered.
M|children_condition|Children must be over 10 years old and looked after by family back home.
M|children_condition|Must not have kids living in Hong Kong.
M|children_condition|We need someone without childcare commitments.
M|birth_pledge|Candidate must agree not to start a family within the first two years.
M|birth_pledge|You will be asked to confirm you have no plans for children during the contract.
M|birth_pledge|No pregnancy during the 2-year contract.
M|spouse_question|Please state your marital status and your spouse's occupation.
M|spouse_question|Are you married?
M|spouse_question|Do you have children? If yes, how many and who looks after them?
M|spouse_question|Please include your husband's name and employer in your application.
M|spouse_question|In your cover letter tell us about your family plans.
M|spouse_question|Application form: Marital status ____ No. of children ____ Ages ____
M|pregnancy_refusal|Must not be expecting.
M|pregnancy_refusal|Pregnant women need not apply.
M|pregnancy_refusal|Pregnancy during probation will lead to termination.
M|pregnancy_refusal|Helper must not be pregnant or breastfeeding.
M|pregnancy_refusal|If you become pregnant the contract ends automatically.
M|pregnancy_refusal|Expectant mothers will not be considered for this role.
MP|pregnancy_test_refusal|Pregnancy test required at medical; positive result = no hire.
P|pregnancy_test|A pre-employment medical including a pregnancy test is required.
P|pregnancy_test|Candidates must submit a negative pregnancy test before the offer is confirmed.
P|pregnancy_test|Medical check-up includes urine HCG test for female applicants.
P|pregnancy_test|Please attach proof that you are not pregnant.
P|pregnancy_test|Full medical (chest X-ray, HIV, hepatitis, pregnancy) at your own cost.
P|pregnancy_test|Applicants must pass a GAMCA medical including a pregnancy screen.
P|pregnancy_test|Bring your ultrasound report showing you are not pregnant to the interview.
P|pregnancy_test|Ladies will be asked for a serum beta-hCG result during onboarding.
GP|pregnancy_test_gender|Female only. Pre-deployment medical with pregnancy test is compulsory.
GM|mothers_only|Mums only - perfect for stay-at-home mothers.
GM|mothers_only|Hiring mummies only for school-hours packing job.
GM|mothers_only|Preference for mothers with school-age kids.
GM|mothers_only|Ideal for a married lady with grown-up children.
GM|mothers_only|Looking for a housewife with kids to review baby products.
GM|gender_marital|Single Filipina, no children, aged 25-35.
GM|gender_marital|Young married woman preferred, with at least one child.
GM|gender_marital|Male, married, with family - we find them more stable.
GM|gender_marital|Lady helper, unmarried, must not be pregnant.
GMP|gender_marital_test|Female helper, single, no kids, pregnancy test before flight.
G|obfuscated|F e m a l e   o n l y
G|obfuscated|Ｆｅｍａｌｅ ｐｒｅｆｅｒｒｅｄ
G|obfuscated|Ma<b>le</b> only
G|obfuscated|La​dies on​ly please
G|obfuscated|👩 ONLY 👩 no guys
M|obfuscated|s-i-n-g-l-e only
P|obfuscated|preg.test required at medical
"""
