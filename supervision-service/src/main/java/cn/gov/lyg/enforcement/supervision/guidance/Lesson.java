package cn.gov.lyg.enforcement.supervision.guidance;

/** What a case teaches: a good example to follow, or a negative one (problems found) to avoid. */
public enum Lesson {
    POSITIVE, NEGATIVE
}
