package org.pactum.web.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Named maps that every node of the cluster sees alike: Hazelcast maps of the member Payara runs (JNDI
 * {@code payara/Hazelcast}) when {@code pactum.cluster.members} names the members, this node's own maps when it does
 * not. Keys and values must be JDK types (strings, numbers): Hazelcast's own class loader does not know the
 * application's classes. Updates go through {@link ConcurrentMap#compute} and its kin with functions that are not
 * serializable, which a Hazelcast map runs here as compare-and-replace, so they are atomic across the nodes.
 */
@ApplicationScoped
public class ClusterMaps {

    private static final Logger LOG = Logger.getLogger(ClusterMaps.class.getName());
    static final String HAZELCAST = "payara/Hazelcast";
    private static final String LOCAL = "local";

    @Inject
    @ConfigProperty(name = "pactum.cluster.members")
    Optional<String> members;

    private Object hazelcast;
    private Method getMap;

    @PostConstruct
    void connect() {
        if (members.filter(listed -> !listed.isBlank()).isEmpty()) {
            return;
        }
        try {
            Object instance = new InitialContext().lookup(HAZELCAST);
            getMap = publicMethod(instance.getClass(), "getMap", String.class);
            hazelcast = instance;
            LOG.info(() -> "Sharing sign-in locks, session ends, key claims and upload allowances through Payara's"
                    + " Hazelcast (members " + members.orElseThrow() + ")");
        } catch (NamingException | NoSuchMethodException e) {
            throw new IllegalStateException("Refusing to start: pactum.cluster.members is set, but Payara's Hazelcast ("
                    + HAZELCAST + ") is not there; was Payara Micro started with --nocluster?", e);
        }
    }

    /** Whether the maps are the cluster's rather than this node's. */
    public boolean shared() {
        return hazelcast != null;
    }

    /** This node's id in the cluster; {@code "local"} on a single node. */
    public String localNode() {
        if (hazelcast == null) {
            return LOCAL;
        }
        Object cluster = call(hazelcast, "getCluster");
        return String.valueOf(call(call(cluster, "getLocalMember"), "getUuid"));
    }

    /** The ids of the nodes in the cluster now, as this node sees it; {@code "local"} alone on a single node. */
    public Set<String> liveNodes() {
        if (hazelcast == null) {
            return Set.of(LOCAL);
        }
        Set<String> live = new HashSet<>();
        for (Object member : (Set<?>) call(call(hazelcast, "getCluster"), "getMembers")) {
            live.add(String.valueOf(call(member, "getUuid")));
        }
        return live;
    }

    /** The cluster's map of this name, or on a single node a map from {@code local}, made once per name and caller. */
    @SuppressWarnings("unchecked")
    public <V> ConcurrentMap<String, V> map(String name, Supplier<? extends ConcurrentMap<String, V>> local) {
        if (hazelcast == null) {
            return local.get();
        }
        try {
            return (ConcurrentMap<String, V>) getMap.invoke(hazelcast, "pactum." + name);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Hazelcast gave no map " + name, e);
        }
    }

    private static Object call(Object target, String method) {
        try {
            return publicMethod(target.getClass(), method).invoke(target);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Hazelcast answered no " + method, e);
        }
    }

    /** The method as a public interface declares it: the instance's own class need not be public. */
    private static Method publicMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Class<?> contract : current.getInterfaces()) {
                try {
                    return contract.getMethod(name, parameters);
                } catch (NoSuchMethodException notHere) {
                    Method inherited = inheritedMethod(contract, name, parameters);
                    if (inherited != null) {
                        return inherited;
                    }
                }
            }
        }
        return type.getMethod(name, parameters);
    }

    private static Method inheritedMethod(Class<?> contract, String name, Class<?>... parameters) {
        for (Class<?> parent : contract.getInterfaces()) {
            try {
                return parent.getMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                Method further = inheritedMethod(parent, name, parameters);
                if (further != null) {
                    return further;
                }
            }
        }
        return null;
    }
}
