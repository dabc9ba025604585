package org.insaf.adapters.persistence.statute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.StatuteCatalogue;
import org.insaf.domain.statute.Statute;

import java.util.List;

@ApplicationScoped
public class PostgresStatuteCatalogue implements StatuteCatalogue {

    private final StatuteMapper mapper;

    PostgresStatuteCatalogue(StatuteMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Statute> all() {
        return StatuteEntity.allInOrder().stream().map(mapper::toDomain).toList();
    }
}
