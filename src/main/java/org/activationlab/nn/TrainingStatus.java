package org.activationlab.nn;

/** Whether a run can take further steps. */
public enum TrainingStatus {
    /** Every step so far was finite and bounded; more steps are possible. */
    RUNNING,
    /** The loss or a parameter became NaN, infinite or exploded; the run takes no more steps. */
    DIVERGED
}
