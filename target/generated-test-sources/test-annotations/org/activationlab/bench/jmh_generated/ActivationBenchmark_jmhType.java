package org.activationlab.bench.jmh_generated;
public class ActivationBenchmark_jmhType extends ActivationBenchmark_jmhType_B3 {
}

