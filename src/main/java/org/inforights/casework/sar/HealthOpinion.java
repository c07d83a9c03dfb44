package org.inforights.casework.sar;

/**
 * The appropriate health professional's opinion on the serious harm test for data concerning
 * health: would giving it be likely to cause serious harm to the physical or mental health of the
 * child or another person (DPA 2018 Sch 3 Pt 2 para 2(2))? Where the test is met the data is
 * withheld under para 5, which a controller who is not a health professional may rely on only with
 * such an opinion (para 5(2)); where it is not met the data may be released (para 6(1)(a)).
 */
public enum HealthOpinion {
  SERIOUS_HARM_TEST_NOT_MET,
  MET_FOR_PART,
  MET_FOR_ALL
}
