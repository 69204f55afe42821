package org.activationlab.shootout;

/**
 * Which run of a {@link ShootoutPlan}: indices into its contenders, tasks and learning rates, and the
 * seed (1-based, as {@code train --seed}).
 *
 * @param index the run's place in the plan's fixed order (contender, task, rate, seed; the seed varies fastest)
 * @param contender index into {@link ShootoutPlan#contenders()}
 * @param task index into {@link ShootoutPlan#tasks()}
 * @param rate index into {@link ShootoutPlan#learningRates()}
 * @param seed the seed, 1 to {@link ShootoutPlan#seeds()}
 */
public record RunKey(int index, int contender, int task, int rate, long seed) {
}
