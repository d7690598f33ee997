export const TEST_ORCID = "0000-0002-1825-0097";
export const TEST_ORCID_NAME = "Josiah Carberry";
