package org.insaf.application.contract;

import org.insaf.application.adapters.InMemoryFiguresPublications;
import org.insaf.application.port.out.FiguresPublications;

class InMemoryFiguresPublicationsTest extends FiguresPublicationsContract {

    private final InMemoryFiguresPublications publications = new InMemoryFiguresPublications();

    @Override
    protected FiguresPublications publications() {
        return publications;
    }
}
